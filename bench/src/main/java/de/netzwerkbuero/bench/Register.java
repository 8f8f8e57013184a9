package de.netzwerkbuero.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads german_municipalities.csv the way the application's RegisterCsvParser does: the AGS is
 * {@code ars[0:5] + ars[9:12]}, districts are the distinct {@code ars[0:5]} with their district name and the sum of
 * their rows' population, placeholder rows ({@code …9999999}, {@code …9999998}) are skipped, unincorporated areas
 * cannot become members.
 */
final class Register {

    static final String[] STATE_CODES = {null, "SH", "HH", "NI", "HB", "NW", "HE", "RP", "BW", "BY", "SL", "BE",
            "BB", "MV", "SN", "ST", "TH"};

    /** A municipality (8-digit AGS, kind KOMMUNE) or a district (5-digit key, kind LANDKREIS). */
    record Place(String key, String kind, String name, String state, Integer population, String slug) {
    }

    final List<Place> municipalities = new ArrayList<>();
    final List<Place> districts = new ArrayList<>();
    int placeholders;
    int unincorporated;

    static Register read(Path csv) throws IOException {
        Register register = new Register();
        Map<String, String[]> districtFirst = new LinkedHashMap<>();
        Map<String, Long> districtPopulation = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").startsWith("ars,state,district,name,slug,type")) {
                throw new IOException(csv + " is not the municipality register (header " + header + ")");
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> c = split(line);
                if (c.size() != 11 || !c.get(0).matches("\\d{12}")) {
                    throw new IOException("malformed register line: " + line);
                }
                String ars = c.get(0);
                String tail = ars.substring(5);
                if (tail.equals("9999999") || tail.equals("9999998")) {
                    register.placeholders++;
                    continue;
                }
                String districtKey = ars.substring(0, 5);
                String state = STATE_CODES[Integer.parseInt(ars.substring(0, 2))];
                Integer population = c.get(7).isBlank() ? null : Integer.valueOf(c.get(7).trim());
                districtFirst.putIfAbsent(districtKey, new String[] {c.get(2).trim(), state});
                districtPopulation.merge(districtKey, population == null ? 0L : population, Long::sum);
                if ("Unincorporated area".equals(c.get(5).trim())) {
                    register.unincorporated++;
                    continue;
                }
                String slug = c.get(4).isBlank() ? slug(c.get(3)) : c.get(4).trim();
                register.municipalities.add(new Place(districtKey + ars.substring(9, 12), "KOMMUNE", c.get(3).trim(),
                        state, population, slug));
            }
        }
        districtFirst.forEach((key, first) -> {
            String name = first[0].isEmpty() ? key : first[0];
            register.districts.add(new Place(key, "LANDKREIS", name, first[1],
                    (int) Math.min(Integer.MAX_VALUE, districtPopulation.get(key)), "kreis-" + slug(name)));
        });
        return register;
    }

    /** ASCII, lower case, words joined by '-': "Herzberg (Elster)" → "herzberg-elster". */
    static String slug(String text) {
        String t = text.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "ort" : t;
    }

    /** One CSV line; fields may be quoted with {@code "} and contain commas and doubled quotes. */
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
}
