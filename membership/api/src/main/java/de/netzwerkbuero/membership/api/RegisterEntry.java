package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/**
 * One entry of the official municipality register. {@code key} is the AGS of a municipality or the district
 * key of a district; {@code state} the two-letter code. {@code type} is City, Municipality or Unincorporated
 * area ({@code District} for districts); {@code eligible} is false for unincorporated areas, which cannot be
 * members. A district's population is the sum of its municipalities'.
 */
public record RegisterEntry(String key, RegisterEntryKind kind, String name, String districtKey,
                            String districtName, String state, String stateName, String type, String postalCode,
                            Integer population, boolean eligible) implements Serializable {

    /** The kind of member this entry can become. */
    public MemberKind memberKind() {
        return kind == RegisterEntryKind.DISTRICT ? MemberKind.LANDKREIS : MemberKind.KOMMUNE;
    }
}
