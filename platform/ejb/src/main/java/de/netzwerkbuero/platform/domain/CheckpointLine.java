package de.netzwerkbuero.platform.domain;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One checkpoint as a line of text, the same in the checkpoint log and in the auditors' mail, so that an
 * operator can keep a copy anywhere and compare it by eye or by {@code grep}:
 * <pre>checkpoint at=2026-12-02T02:30:00+01:00 position=1234 entry=5678 hash=&lt;64 hex&gt; by=system</pre>
 * Fields are {@code key=value} pairs separated by single spaces; {@code entry=-} only at position 0 (the
 * empty chain); {@code by} is URL-encoded. Unknown keys are ignored, so later versions may add fields.
 */
public final class CheckpointLine {

    static final String PREFIX = "checkpoint";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private CheckpointLine() {
    }

    public static String format(AuditCheckpoint c) {
        return PREFIX
                + " at=" + c.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + " position=" + c.position()
                + " entry=" + (c.entryId() == null ? "-" : c.entryId())
                + " hash=" + c.hash()
                + " by=" + URLEncoder.encode(c.takenBy(), StandardCharsets.UTF_8);
    }

    /** Whether the line carries no checkpoint: blank, or a comment starting with {@code #}. */
    public static boolean isComment(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    /** Parses a checkpoint line; a {@link MalformedLineException} names what is wrong. */
    public static AuditCheckpoint parse(String line) {
        String[] tokens = line.strip().split(" +");
        if (!PREFIX.equals(tokens[0])) {
            throw new MalformedLineException("does not start with \"" + PREFIX + "\"");
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < tokens.length; i++) {
            int eq = tokens[i].indexOf('=');
            if (eq < 1) {
                throw new MalformedLineException("\"" + tokens[i] + "\" is not key=value");
            }
            fields.put(tokens[i].substring(0, eq), tokens[i].substring(eq + 1));
        }
        OffsetDateTime at = at(required(fields, "at"));
        long position = number(required(fields, "position"), "position");
        String entry = required(fields, "entry");
        Long entryId = "-".equals(entry) ? null : number(entry, "entry");
        if (position < 0 || (entryId == null) != (position == 0)) {
            throw new MalformedLineException("position " + position + " does not fit entry " + entry);
        }
        String hash = required(fields, "hash");
        if (!HASH.matcher(hash).matches()) {
            throw new MalformedLineException("hash is not 64 lower-case hex digits");
        }
        String by = URLDecoder.decode(required(fields, "by"), StandardCharsets.UTF_8);
        return new AuditCheckpoint(position, entryId, hash, at, by);
    }

    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            throw new MalformedLineException("\"" + key + "\" is missing");
        }
        return value;
    }

    private static long number(String value, String key) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MalformedLineException("\"" + key + "\" is not a number");
        }
    }

    private static OffsetDateTime at(String value) {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new MalformedLineException("\"at\" is not a time with offset");
        }
    }

    /** A line that is not a checkpoint. */
    public static class MalformedLineException extends RuntimeException {
        public MalformedLineException(String message) {
            super(message);
        }
    }
}
