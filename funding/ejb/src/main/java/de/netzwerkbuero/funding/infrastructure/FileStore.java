package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.domain.Sha256;
import de.netzwerkbuero.platform.api.error.TooLargeException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * Attachment bytes on disk, outside the web root, named by their SHA-256 and never overwritten or deleted:
 * submitted versions refer to them forever. The directory comes from {@code -Dnetzwerk.files.dir}, by
 * default {@code ${jboss.server.data.dir}/netzwerkbuero-files}; funding uses its {@code funding/} part.
 */
@ApplicationScoped
public class FileStore {

    public static final String DIRECTORY_PROPERTY = "netzwerk.files.dir";

    /** What was stored: the digest names the file. */
    public record Stored(String sha256, long size, byte[] content) {
    }

    /** Reads at most {@code maxBytes}; one byte more is a {@link TooLargeException}. */
    public static byte[] readLimited(InputStream in, long maxBytes) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
    }

    public Stored store(byte[] content) {
        String sha256 = Sha256.hex(content);
        Path target = pathOf(sha256);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("storing the attachment failed", e);
        }
        return new Stored(sha256, content.length, content);
    }

    public byte[] read(String sha256) {
        try {
            return Files.readAllBytes(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + sha256 + " is missing from the file store", e);
        }
    }

    public void copy(String sha256, OutputStream out) {
        try {
            Files.copy(pathOf(sha256), out);
        } catch (IOException e) {
            throw new UncheckedIOException("copying attachment " + sha256 + " failed", e);
        }
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root().resolve("funding").resolve(sha256.substring(0, 2)).resolve(sha256 + ".pdf");
    }

    static Path root() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Paths.get(data, "netzwerkbuero-files");
    }
}
