package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.domain.CheckpointLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointFileTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T02:30:00+01:00");

    @TempDir
    Path dir;

    @Test
    void checkpointsAreAppendedBelowAHeaderAndReadBackInOrder() throws Exception {
        Path file = dir.resolve("nested/checkpoints.log");
        AuditCheckpoint first = new AuditCheckpoint(10, 110L, "1".repeat(64), AT, "system");
        AuditCheckpoint second = new AuditCheckpoint(12, 112L, "2".repeat(64), AT.plusDays(1), "auditor");
        CheckpointFile.append(file, first);
        CheckpointFile.append(file, second);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("# "), "a header explains the file: " + lines);
        assertEquals(2, lines.stream().filter(l -> l.startsWith("checkpoint ")).count(), lines.toString());
        CheckpointLog log = CheckpointFile.read(file);
        assertEquals(CheckpointLog.State.READ, log.state());
        assertEquals(List.of(first, second), log.checkpoints());
        assertEquals(second, log.last().orElseThrow());
        assertEquals(List.of(second, first), log.newestFirst());
    }

    @Test
    void anOperatorsCommentsAreKept() throws Exception {
        Path file = dir.resolve("checkpoints.log");
        CheckpointFile.append(file, new AuditCheckpoint(0, null, "0".repeat(64), AT, "system"));
        Files.writeString(file, "\n# copied to the archive\n", StandardOpenOption.APPEND);
        CheckpointFile.append(file, new AuditCheckpoint(3, 53L, "3".repeat(64), AT, "system"));
        assertEquals(2, CheckpointFile.read(file).checkpoints().size());
    }

    @Test
    void aMissingFileIsAbsent() {
        assertEquals(CheckpointLog.State.ABSENT, CheckpointFile.read(dir.resolve("none.log")).state());
    }

    @Test
    void aMalformedLineMakesTheLogUnreadableAndNamesTheLine() throws Exception {
        Path file = dir.resolve("checkpoints.log");
        CheckpointFile.append(file, new AuditCheckpoint(3, 53L, "3".repeat(64), AT, "system"));
        Files.writeString(file, "checkpoint at=garbage\n", StandardOpenOption.APPEND);
        CheckpointLog log = CheckpointFile.read(file);
        assertEquals(CheckpointLog.State.UNREADABLE, log.state());
        assertTrue(log.problem().startsWith("line 4:"), log.problem());
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsUnreadable() throws Exception {
        Path file = Files.createDirectory(dir.resolve("checkpoints.log"));
        assertEquals(CheckpointLog.State.UNREADABLE, CheckpointFile.read(file).state());
    }
}
