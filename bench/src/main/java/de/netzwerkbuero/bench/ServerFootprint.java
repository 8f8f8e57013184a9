package de.netzwerkbuero.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running server's footprint: resident memory (VmRSS, and the peak VmHWM, from /proc/PID/status) of the WildFly
 * JVM — given by {@code --pid} or found as the java process with {@code jboss-modules.jar} on its command line —
 * and the last "started in Xms" line of its server.log ({@code --log}, else found from the process's
 * {@code -Djboss.server.log.dir} / {@code -Djboss.home.dir}). Reads /proc only; changes nothing.
 */
public final class ServerFootprint {

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("pid", "");
        OPTIONS.put("log", "");
    }

    private static final Pattern STARTED = Pattern.compile("started in (\\d+)ms");
    private static final Pattern TIMESTAMP = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}),(\\d{3})");
    private static final long GIB_KIB = 1024L * 1024L;

    private ServerFootprint() {
    }

    public static void main(String[] argv) throws IOException {
        Args args = Args.parse(argv, OPTIONS);
        if (args.help()) {
            System.out.println("ServerFootprint: resident memory and start time of the WildFly server\n" + args.usage());
            return;
        }
        System.out.println("Machine: " + Machine.describe());
        List<Long> pids = new ArrayList<>();
        if (!args.get("pid").isBlank()) {
            pids.add(Long.parseLong(args.get("pid").trim()));
        } else {
            pids.addAll(wildflyPids());
            if (pids.isEmpty()) {
                System.out.println("No WildFly process found (no java process with jboss-modules.jar in /proc/*/cmdline).");
            } else if (pids.size() > 1) {
                System.out.println("Several WildFly processes: " + pids + " (pass --pid=… to choose one)");
            }
        }
        String log = args.get("log");
        for (long pid : pids) {
            Map<String, String> status = status(pid);
            if (status.isEmpty()) {
                System.out.println("PID " + pid + ": no such process");
                continue;
            }
            long rss = kib(status.get("VmRSS"));
            long hwm = kib(status.get("VmHWM"));
            System.out.printf(Locale.ROOT, "PID %d (%s): VmRSS %s, peak VmHWM %s, threads %s — target idle memory "
                            + "under 1 GiB: %s%n", pid, status.getOrDefault("Name", "?"), mib(rss), mib(hwm),
                    status.getOrDefault("Threads", "?"), rss < 0 ? "unknown" : rss < GIB_KIB ? "met" : "MISSED");
            List<String> cmd = cmdline(pid);
            cmd.stream().filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-XX:MaxMetaspace"))
                    .forEach(a -> System.out.println("  JVM option " + a));
            if (log.isBlank()) {
                log = logOf(cmd).map(Path::toString).orElse("");
            }
        }
        if (log.isBlank()) {
            System.out.println("No server.log given (--log=…/standalone/log/server.log) and none found from the process.");
            return;
        }
        startedLine(Path.of(log));
    }

    /**
     * The last boot in the log: its "started in Xms" line (WFLYSRV0025, measured by WildFly from the JVM's start)
     * and, because the run command deploys the EAR through the management API after the boot, also how long after
     * the JVM's start the first "Deployed" line (WFLYSRV0010) of that boot came (later ones are redeployments).
     */
    private static void startedLine(Path log) throws IOException {
        if (!Files.isReadable(log)) {
            System.out.println("Cannot read " + log);
            return;
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        int started = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (STARTED.matcher(lines.get(i)).find()) {
                started = i;
            }
        }
        if (started < 0) {
            System.out.println(log + ": no \"started in …ms\" line (yet)");
            return;
        }
        String line = lines.get(started);
        Matcher m = STARTED.matcher(line);
        m.find();
        long ms = Long.parseLong(m.group(1));
        System.out.println(log + ":\n  " + line.trim());
        System.out.printf(Locale.ROOT, "  server started in %.1f s — target under 20 s: %s%n", ms / 1000.0,
                ms < 20_000 ? "met" : "MISSED");
        // The boot's end: the next boot's first line, if the log holds several.
        int end = lines.size();
        for (int i = started + 1; i < lines.size(); i++) {
            if (lines.get(i).contains("WFLYSRV0049")) {
                end = i;
                break;
            }
        }
        int bootStart = started;
        while (bootStart > 0 && !lines.get(bootStart).contains("WFLYSRV0049")) {
            bootStart--;
        }
        Optional<LocalDateTime> startedAt = timestamp(line);
        String deployed = null;
        for (int i = bootStart; i < end; i++) {
            if (lines.get(i).contains("WFLYSRV0010")) {
                deployed = lines.get(i);
                break;
            }
        }
        if (deployed == null || startedAt.isEmpty()) {
            System.out.println("  no \"Deployed\" line (WFLYSRV0010) with a timestamp in this boot");
            return;
        }
        Optional<LocalDateTime> deployedAt = timestamp(deployed);
        if (deployedAt.isEmpty()) {
            return;
        }
        long deployedMs = ms + Duration.between(startedAt.get(), deployedAt.get()).toMillis();
        System.out.println("  " + deployed.trim());
        System.out.printf(Locale.ROOT, "  application deployed %.1f s after the JVM started — target (server start with "
                + "the application deployed) under 20 s: %s%n", deployedMs / 1000.0, deployedMs < 20_000 ? "met" : "MISSED");
    }

    private static Optional<LocalDateTime> timestamp(String line) {
        Matcher m = TIMESTAMP.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(m.group(1) + "T" + m.group(2) + "." + m.group(3)));
    }

    static List<Long> wildflyPids() throws IOException {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                .matches("\\d+"))) {
            for (Path p : proc) {
                long pid = Long.parseLong(p.getFileName().toString());
                List<String> cmd = cmdline(pid);
                if (!cmd.isEmpty() && cmd.get(0).endsWith("java")
                        && cmd.stream().anyMatch(a -> a.endsWith("jboss-modules.jar"))) {
                    pids.add(pid);
                }
            }
        }
        pids.sort(null);
        return pids;
    }

    static List<String> cmdline(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
            if (raw.length == 0) {
                return List.of();
            }
            return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static Map<String, String> status(long pid) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Machine.lines("/proc/" + pid + "/status")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                values.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return values;
    }

    private static Optional<Path> logOf(List<String> cmd) {
        for (String a : cmd) {
            if (a.startsWith("-Djboss.server.log.dir=")) {
                return Optional.of(Path.of(a.substring(a.indexOf('=') + 1), "server.log"));
            }
        }
        for (String a : cmd) {
            if (a.startsWith("-Djboss.home.dir=")) {
                return Optional.of(Path.of(a.substring(a.indexOf('=') + 1), "standalone", "log", "server.log"));
            }
        }
        return Optional.empty();
    }

    static long kib(String value) {
        if (value == null) {
            return -1;
        }
        String digits = value.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    static String mib(long kib) {
        return kib < 0 ? "?" : String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
    }
}
