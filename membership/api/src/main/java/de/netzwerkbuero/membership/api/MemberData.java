package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/** The editable master data of a member (a full replacement, as in {@code PUT /members/{id}}). */
public record MemberData(MemberKind kind, String name, String ags, String website, String email)
        implements Serializable {
}
