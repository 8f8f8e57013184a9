package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.domain.Sha256;
import de.netzwerkbuero.platform.api.error.TooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileStoreTest {

    @Test
    void storesUnderTheDigestInTheConfiguredDirectory(@TempDir Path dir) {
        String before = System.getProperty(FileStore.DIRECTORY_PROPERTY);
        System.setProperty(FileStore.DIRECTORY_PROPERTY, dir.toString());
        try {
            byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
            FileStore store = new FileStore();
            FileStore.Stored stored = store.store(pdf);
            assertEquals(Sha256.hex(pdf), stored.sha256());
            assertTrue(Files.exists(dir.resolve("funding").resolve(stored.sha256().substring(0, 2))
                    .resolve(stored.sha256() + ".pdf")));
            assertArrayEquals(pdf, store.read(stored.sha256()));
            store.store(pdf);
        } finally {
            if (before == null) {
                System.clearProperty(FileStore.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(FileStore.DIRECTORY_PROPERTY, before);
            }
        }
    }

    @Test
    void refusesMoreThanTheLimit() {
        assertEquals(10, FileStore.readLimited(new ByteArrayInputStream(new byte[10]), 10).length);
        assertThrows(TooLargeException.class, () -> FileStore.readLimited(new ByteArrayInputStream(new byte[11]), 10));
    }
}
