package de.netzwerkbuero.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options as {@code --name=value} (or {@code name=value}); unknown names are refused. */
final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> defaults;

    private Args(Map<String, String> defaults) {
        this.defaults = defaults;
    }

    /** Parses {@code args}; {@code defaults} lists every known option with its default (null: none). */
    static Args parse(String[] args, Map<String, String> defaults) {
        Args parsed = new Args(defaults);
        for (String arg : args) {
            if (arg == null || arg.isBlank()) {
                continue;
            }
            String a = arg.startsWith("--") ? arg.substring(2) : arg;
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            String value = eq < 0 ? "true" : a.substring(eq + 1);
            if (name.equals("help")) {
                parsed.values.put("help", "true");
                continue;
            }
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + defaults.keySet());
            }
            parsed.values.put(name, value);
        }
        return parsed;
    }

    boolean help() {
        return values.containsKey("help");
    }

    String usage() {
        StringBuilder sb = new StringBuilder("options (default):\n");
        defaults.forEach((k, v) -> sb.append("  --").append(k).append('=').append(v == null ? "" : v).append('\n'));
        return sb.toString();
    }

    String get(String name) {
        if (!defaults.containsKey(name)) {
            throw new IllegalArgumentException("no option " + name);
        }
        String value = values.get(name);
        if (value == null) {
            value = System.getenv("BENCH_" + name.toUpperCase().replace('-', '_'));
        }
        return value != null ? value : defaults.get(name);
    }

    int integer(String name) {
        return Integer.parseInt(get(name).trim());
    }

    long longValue(String name) {
        return Long.parseLong(get(name).trim());
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(get(name).trim());
    }
}
