package de.netzwerkbuero.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of one chained audit entry: SHA-256 over its position, its predecessor's hash and its content,
 * in a fixed text form. Changing any field, reordering entries or removing one changes the hashes that follow.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(long position, String previousHash, long id, OffsetDateTime at, String actor,
                            String action, String entityType, String entityId, String changesJson) {
        String canonical = String.join("\u001f",
                Long.toString(position),
                previousHash,
                Long.toString(id),
                at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                actor,
                action,
                entityType,
                entityId == null ? "" : entityId,
                changesJson);
        return sha256(canonical);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
