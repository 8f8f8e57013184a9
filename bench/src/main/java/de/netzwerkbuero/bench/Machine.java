package de.netzwerkbuero.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Facts about the machine the numbers were taken on. */
final class Machine {

    private Machine() {
    }

    static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    static Optional<String> cpuModel() {
        return lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
    }

    /** MemTotal of /proc/meminfo in KiB, or -1. */
    static long memTotalKib() {
        return lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }

    static String describe() {
        long kib = memTotalKib();
        String mem = kib < 0 ? "unknown memory" : String.format("%.1f GiB RAM", kib / 1024.0 / 1024.0);
        return cpus() + " CPUs (nproc)" + cpuModel().map(m -> ", " + m).orElse("") + ", " + mem
                + ", Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version");
    }

    static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
