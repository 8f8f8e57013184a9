package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.domain.Sha256;
import de.netzwerkbuero.platform.api.csv.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DigestingZipTest {

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] samplePackage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DigestingZip zip = new DigestingZip(out)) {
            zip.add("reports/report-1-final-proof-v1.pdf", SimplePdf.render("Final proof", List.of("Text")));
            zip.add("reports/report-1-final-proof-v1-attachments/3-Belege März.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
            zip.add("finances.csv", CsvWriter.commaSeparated(csv -> csv.row("record", "amount"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void manifestListsEveryEntryInSha256sumFormat() throws IOException {
        Map<String, byte[]> entries = unzip(samplePackage());
        String manifest = new String(entries.get(DigestingZip.MANIFEST), StandardCharsets.UTF_8);
        String[] lines = manifest.split("\n");
        assertEquals(3, lines.length);
        assertTrue(manifest.endsWith("\n"));
        for (String line : lines) {
            assertTrue(line.matches("[0-9a-f]{64}  \\S.*"), line);
            String path = line.substring(66);
            assertEquals(Sha256.hex(entries.get(path)), line.substring(0, 64), path);
        }
        assertEquals(4, entries.size(), "the manifest does not list itself");
    }

    @Test
    void sha256sumAcceptsTheManifest(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sha256sum")), "sha256sum not installed");
        for (Map.Entry<String, byte[]> e : unzip(samplePackage()).entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        Process check = new ProcessBuilder("/usr/bin/sha256sum", "-c", DigestingZip.MANIFEST).directory(dir.toFile())
                .redirectErrorStream(true).start();
        assertTrue(check.waitFor(10, TimeUnit.SECONDS));
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.exitValue(), output);
    }

    @Test
    void refusesUnsafeEntryNames() {
        try (DigestingZip zip = new DigestingZip(new ByteArrayOutputStream())) {
            assertThrows(IllegalArgumentException.class, () -> zip.add("../etc/passwd", new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> zip.add("/abs", new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> zip.add(DigestingZip.MANIFEST, new byte[0]));
            zip.add("reports/a..b.pdf", new byte[0]);
        }
    }
}
