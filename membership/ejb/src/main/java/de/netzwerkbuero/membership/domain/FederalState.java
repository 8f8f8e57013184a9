package de.netzwerkbuero.membership.domain;

import java.util.Arrays;
import java.util.Optional;

/** The sixteen German states with the number that begins every AGS and the two-letter code of DESIGN.md. */
public enum FederalState {
    SH("01", "Schleswig-Holstein"), HH("02", "Hamburg"), NI("03", "Niedersachsen"), HB("04", "Bremen"),
    NW("05", "Nordrhein-Westfalen"), HE("06", "Hessen"), RP("07", "Rheinland-Pfalz"),
    BW("08", "Baden-Württemberg"), BY("09", "Bayern"), SL("10", "Saarland"), BE("11", "Berlin"),
    BB("12", "Brandenburg"), MV("13", "Mecklenburg-Vorpommern"), SN("14", "Sachsen"), ST("15", "Sachsen-Anhalt"),
    TH("16", "Thüringen");

    private final String number;
    private final String germanName;

    FederalState(String number, String germanName) {
        this.number = number;
        this.germanName = germanName;
    }

    public static Optional<FederalState> byNumber(String number) {
        return Arrays.stream(values()).filter(s -> s.number.equals(number)).findFirst();
    }

    public static Optional<FederalState> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
    }

    public String number() {
        return number;
    }

    public String code() {
        return name();
    }

    public String germanName() {
        return germanName;
    }
}
