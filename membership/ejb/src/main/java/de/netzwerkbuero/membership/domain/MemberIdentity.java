package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.platform.api.error.InvalidInputException;

/**
 * What identifies a member organisation: kind, name and official key, checked against each other (a KOMMUNE
 * has an 8-digit AGS, a LANDKREIS a 5-digit district key, a PARTNER none), with the population from the
 * register where there is one.
 */
public record MemberIdentity(MemberKind kind, String name, Ags ags, Integer population) {

    public MemberIdentity {
        if (kind == null) {
            throw InvalidInputException.of("kind", "required", "must not be empty");
        }
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "required", "must not be empty");
        }
        name = name.trim();
        if (name.length() > 200) {
            throw InvalidInputException.of("name", "tooLong", "must be at most 200 characters");
        }
        switch (kind) {
            case KOMMUNE -> {
                if (ags == null || ags.isDistrict()) {
                    throw InvalidInputException.of(Ags.FIELD, "agsNotMunicipality", "a municipality needs an AGS of 8 digits");
                }
            }
            case LANDKREIS -> {
                if (ags == null || !ags.isDistrict()) {
                    throw InvalidInputException.of(Ags.FIELD, "agsNotDistrict", "a district needs a district key of 5 digits");
                }
            }
            case PARTNER -> {
                if (ags != null) {
                    throw InvalidInputException.of(Ags.FIELD, "agsNotForPartner", "a partner organisation has no AGS");
                }
            }
        }
    }

    /** Parses the entered key as the kind requires; an empty key is a violation unless the kind is PARTNER. */
    public static Ags keyFor(MemberKind kind, String raw) {
        if (kind == null) {
            throw InvalidInputException.of("kind", "required", "must not be empty");
        }
        boolean empty = raw == null || raw.isBlank();
        return switch (kind) {
            case PARTNER -> {
                if (!empty) {
                    throw InvalidInputException.of(Ags.FIELD, "agsNotForPartner", "a partner organisation has no AGS");
                }
                yield null;
            }
            case KOMMUNE -> {
                if (empty) {
                    throw InvalidInputException.of(Ags.FIELD, "required", "a municipality needs an AGS of 8 digits");
                }
                yield Ags.municipality(raw);
            }
            case LANDKREIS -> {
                if (empty) {
                    throw InvalidInputException.of(Ags.FIELD, "required", "a district needs a district key of 5 digits");
                }
                yield Ags.district(raw);
            }
        };
    }
}
