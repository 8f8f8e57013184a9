package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberSummary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Finds the demo's grantees by AGS. MemberDirectory has no look-up by AGS yet, so this scans member ids in
 * chunks through {@code findAll}; good enough for the few demo members. Once membership offers
 * {@code findByAgs}, replace the body of {@link #byAgs} with calls to it.
 */
final class DemoGrantees {

    private static final int CHUNK = 500;
    private static final long LAST_ID_SCANNED = 20_000;

    private DemoGrantees() {
    }

    /** The ACTIVE members with these AGS, by AGS; missing ones are left out. */
    static Map<String, Long> byAgs(MemberDirectory members, Collection<String> ags) {
        Map<String, Long> found = new HashMap<>();
        for (long from = 1; from <= LAST_ID_SCANNED && found.size() < ags.size(); from += CHUNK) {
            List<Long> ids = LongStream.range(from, from + CHUNK).boxed().toList();
            for (MemberSummary m : members.findAll(ids)) {
                if (m.ags() != null && ags.contains(m.ags()) && m.active()) {
                    found.put(m.ags(), m.id());
                }
            }
        }
        return found;
    }
}
