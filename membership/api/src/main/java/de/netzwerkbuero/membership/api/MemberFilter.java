package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/**
 * Filters of the member list; every one is optional. {@code state} is a two-letter code (e.g. BB),
 * {@code q} matches part of the name or the beginning of the AGS.
 */
public record MemberFilter(MemberStatus status, String state, MemberKind kind, String q) implements Serializable {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null);
    }
}
