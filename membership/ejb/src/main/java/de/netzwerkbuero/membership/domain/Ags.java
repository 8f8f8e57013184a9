package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.platform.api.error.InvalidInputException;

/**
 * An official key: the 8-digit Amtlicher Gemeindeschlüssel of a municipality or the 5-digit Kreisschlüssel of
 * a district. The state is derived from the first two digits, never typed. Malformed keys and keys of no
 * state are refused with a violation on the field {@code ags}.
 */
public record Ags(String value) {

    public static final String FIELD = "ags";

    public Ags {
        if (value == null || !(value.length() == 8 || value.length() == 5) || !value.chars().allMatch(Ags::digit)) {
            throw InvalidInputException.of(FIELD, "agsMalformed",
                    "must be an AGS of 8 digits or a district key of 5 digits");
        }
        if (FederalState.byNumber(value.substring(0, 2)).isEmpty()) {
            throw InvalidInputException.of(FIELD, "agsUnknownState",
                    "must begin with the number of a German state (01 to 16)");
        }
    }

    /** Either kind of key; spaces are ignored, because keys are often written in groups. */
    public static Ags parse(String raw) {
        return new Ags(raw == null ? null : raw.replace(" ", "").trim());
    }

    public static Ags municipality(String raw) {
        Ags ags = parse(raw);
        if (ags.isDistrict()) {
            throw InvalidInputException.of(FIELD, "agsNotMunicipality", "a municipality needs an AGS of 8 digits");
        }
        return ags;
    }

    public static Ags district(String raw) {
        Ags ags = parse(raw);
        if (!ags.isDistrict()) {
            throw InvalidInputException.of(FIELD, "agsNotDistrict", "a district needs a district key of 5 digits");
        }
        return ags;
    }

    /** The 8-digit AGS inside a 12-digit Regionalschlüssel: state, district and the municipality's last three. */
    public static Ags fromArs(String ars) {
        if (ars == null || ars.length() != 12) {
            throw new IllegalArgumentException("not a 12-digit ARS: " + ars);
        }
        return new Ags(ars.substring(0, 5) + ars.substring(9, 12));
    }

    public boolean isDistrict() {
        return value.length() == 5;
    }

    public String districtKey() {
        return value.substring(0, 5);
    }

    public FederalState state() {
        return FederalState.byNumber(value.substring(0, 2)).orElseThrow();
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }
}
