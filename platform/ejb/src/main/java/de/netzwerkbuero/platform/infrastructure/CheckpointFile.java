package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.domain.CheckpointLine;
import de.netzwerkbuero.platform.domain.CheckpointLog;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only checkpoint log outside the database ({@link CheckpointSettings#file()}), one
 * {@link CheckpointLine} per checkpoint. Lines are only ever appended and forced to disk before the
 * checkpoint's transaction commits.
 */
@ApplicationScoped
public class CheckpointFile {

    static final String HEADER = "# Netzwerkbüro: checkpoints of the audit chain head, one line per checkpoint"
            + " (append-only).\n# Copy this file (or the auditors' checkpoint mails) off this machine regularly:"
            + " only a copy the database administrator cannot reach proves that no entries were cut off.\n";

    private static final Object APPEND = new Object();

    public void append(AuditCheckpoint checkpoint) {
        append(CheckpointSettings.file(), checkpoint);
    }

    public CheckpointLog read() {
        return read(CheckpointSettings.file());
    }

    static void append(Path file, AuditCheckpoint checkpoint) {
        synchronized (APPEND) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    String text = (channel.size() == 0 ? HEADER : "") + CheckpointLine.format(checkpoint) + "\n";
                    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The audit checkpoint log " + file + " cannot be written", e);
            }
        }
    }

    static CheckpointLog read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return CheckpointLog.absent();
        } catch (IOException e) {
            return CheckpointLog.unreadable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CheckpointLine.isComment(line)) {
                continue;
            }
            try {
                checkpoints.add(CheckpointLine.parse(line));
            } catch (CheckpointLine.MalformedLineException e) {
                return CheckpointLog.unreadable("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return CheckpointLog.read(checkpoints);
    }
}
