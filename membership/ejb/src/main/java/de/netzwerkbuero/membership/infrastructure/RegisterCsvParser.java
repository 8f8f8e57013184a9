package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.api.RegisterEntryKind;
import de.netzwerkbuero.membership.domain.Ags;
import de.netzwerkbuero.membership.domain.RegisterRow;
import de.netzwerkbuero.platform.api.error.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads german_municipalities.csv (columns {@code ars,state,district,name,slug,type,postal_code,population,
 * area_km2,latitude,longitude}). The AGS is {@code ars[0:5] + ars[9:12]}, the district key {@code ars[0:5]};
 * districts are the distinct district keys with their district name, their population the sum of their
 * municipalities'. Placeholder rows ({@code …9999999}, {@code …9999998}) are no places and are skipped;
 * unincorporated areas are kept (they cannot become members). Source of the shipped file: Statistisches Bundesamt
 * (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys, compiled by aproeger/german-municipalities
 * (see {@code register/README.md}).
 */
public final class RegisterCsvParser {

    public static final String FIELD = "file";
    private static final List<String> HEADER = List.of("ars", "state", "district", "name", "slug", "type",
            "postal_code", "population", "area_km2", "latitude", "longitude");

    /** The rows read: municipalities (incl. unincorporated areas) and districts, and how many were skipped. */
    public record Result(List<RegisterRow> municipalities, List<RegisterRow> districts, int skipped) {

        public List<RegisterRow> all() {
            List<RegisterRow> all = new ArrayList<>(districts);
            all.addAll(municipalities);
            return all;
        }
    }

    private RegisterCsvParser() {
    }

    public static Result parse(InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !split(stripBom(header)).equals(HEADER)) {
                throw InvalidInputException.of(FIELD, "registerHeader",
                        "is not a municipality register: the header must be " + String.join(",", HEADER));
            }
            List<RegisterRow> municipalities = new ArrayList<>();
            Map<String, DistrictSum> districts = new LinkedHashMap<>();
            int skipped = 0;
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() != HEADER.size()) {
                    throw malformed(lineNumber, "expected " + HEADER.size() + " columns");
                }
                String ars = cells.get(0);
                if (!ars.matches("\\d{12}")) {
                    throw malformed(lineNumber, "the ars must have 12 digits");
                }
                if (placeholder(ars)) {
                    skipped++;
                    continue;
                }
                RegisterRow row = municipality(cells, lineNumber);
                municipalities.add(row);
                districts.computeIfAbsent(row.districtKey(), k -> new DistrictSum(row)).add(row);
            }
            return new Result(municipalities, districts.values().stream().map(DistrictSum::row).toList(), skipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean placeholder(String ars) {
        String tail = ars.substring(5);
        return tail.equals("9999999") || tail.equals("9999998");
    }

    private static RegisterRow municipality(List<String> c, int line) {
        Ags ags;
        try {
            ags = Ags.fromArs(c.get(0));
        } catch (InvalidInputException e) {
            throw malformed(line, "the ars names no German state");
        }
        try {
            return new RegisterRow(ags.value(), RegisterEntryKind.MUNICIPALITY, required(c.get(3), line),
                    ags.districtKey(), blankToNull(c.get(2)), ags.state().code(), blankToNull(c.get(1)),
                    required(c.get(5), line), blankToNull(c.get(6)), integer(c.get(7)), decimal(c.get(8), 2),
                    decimal(c.get(9), 6), decimal(c.get(10), 6));
        } catch (NumberFormatException e) {
            throw malformed(line, "a number cannot be read (" + e.getMessage() + ")");
        }
    }

    private static InvalidInputException malformed(int line, String why) {
        return InvalidInputException.of(FIELD, "registerLine", "line " + line + ": " + why);
    }

    private static String required(String value, int line) {
        if (value.isBlank()) {
            throw malformed(line, "name and type must not be empty");
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integer(String value) {
        return value.isBlank() ? null : Integer.valueOf(value.trim());
    }

    private static BigDecimal decimal(String value, int scale) {
        return value.isBlank() ? null : new BigDecimal(value.trim()).setScale(scale, RoundingMode.HALF_UP);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Splits one CSV line; fields may be quoted with {@code "} and contain commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Collects a district from its municipalities. */
    private static final class DistrictSum {
        private final RegisterRow first;
        private long population;
        private BigDecimal area = BigDecimal.ZERO.setScale(2);

        DistrictSum(RegisterRow first) {
            this.first = first;
        }

        void add(RegisterRow row) {
            population += row.population() == null ? 0 : row.population();
            area = row.areaKm2() == null ? area : area.add(row.areaKm2());
        }

        RegisterRow row() {
            String name = first.districtName() == null ? first.districtKey() : first.districtName();
            return new RegisterRow(first.districtKey(), RegisterEntryKind.DISTRICT, name, first.districtKey(), name,
                    first.stateCode(), first.stateName(), RegisterRow.DISTRICT, null, (int) population, area, null, null);
        }
    }
}
