package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.domain.Sha256;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a ZIP entry by entry and, at the end, a manifest of every entry's SHA-256 in the format of
 * {@code sha256sum} ({@code <hex>  <path>}, two spaces, LF), so {@code sha256sum -c SHA256SUMS} checks
 * the unpacked package. Entries go out as they are added; only the manifest lines are kept.
 */
public final class DigestingZip implements AutoCloseable {

    public static final String MANIFEST = "SHA256SUMS";

    private final ZipOutputStream zip;
    private final StringBuilder manifest = new StringBuilder();

    public DigestingZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    public static String manifestLine(String sha256, String path) {
        return sha256 + "  " + path + "\n";
    }

    public void add(String path, byte[] content) {
        if (path.equals(MANIFEST) || path.startsWith("/") || path.contains("\\") || path.contains("\n")
                || java.util.Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a safe entry name: " + path);
        }
        write(path, content);
        manifest.append(manifestLine(Sha256.hex(content), path));
    }

    public String manifest() {
        return manifest.toString();
    }

    /** Writes the manifest and finishes the ZIP; the underlying stream stays open. */
    @Override
    public void close() {
        write(MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        try {
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String path, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + path + " to the audit package failed", e);
        }
    }
}
