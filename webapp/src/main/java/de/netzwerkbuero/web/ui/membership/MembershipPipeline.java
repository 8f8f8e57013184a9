package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.Members;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The start page's membership pipeline: members per workflow status, as bars scaled to the largest. */
@Named
@RequestScoped
public class MembershipPipeline {

    /** One bar: the status, its count and its length in percent of the longest bar. */
    public record Bar(MemberStatus status, long count, int percent) {
    }

    @EJB
    private Members members;

    private List<Bar> bars;

    public List<Bar> getBars() {
        if (bars == null) {
            Map<MemberStatus, Long> counts = members.countByStatus();
            long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
            bars = counts.entrySet().stream()
                    .map(e -> new Bar(e.getKey(), e.getValue(), (int) Math.round(100.0 * e.getValue() / max)))
                    .toList();
        }
        return bars;
    }
}
