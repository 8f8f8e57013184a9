package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/** What other modules may know of a member organisation. {@code state} is the two-letter code (e.g. BB). */
public record MemberSummary(long id, MemberKind kind, String name, String ags, String state, MemberStatus status,
                            String email) implements Serializable {

    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }
}
