package de.netzwerkbuero.platform.api.audit;

/** What the comparison of the chain with the last checkpoint outside the database found. */
public enum CheckpointStatus {
    /** The chain still holds the checkpoint's entry with the checkpoint's hash. */
    CONFIRMED,
    /** No checkpoint was ever taken: the chain's completeness cannot be proven yet (not a failure by itself). */
    NONE,
    /** The chain ends before the checkpoint's position: its newest entries were removed. */
    TRUNCATED,
    /** The entry at the checkpoint's position is another one or has another hash: the chain was rewritten. */
    MISMATCH,
    /** Checkpoints were taken, but the checkpoint file is gone (or empty): completeness cannot be proven. */
    FILE_MISSING,
    /** The checkpoint file cannot be read or holds a malformed line: completeness cannot be proven. */
    FILE_UNREADABLE,
    /** The audit trail records a checkpoint beyond the file's last one: lines were cut from the file. */
    FILE_BEHIND;

    /** Whether this outcome makes the verification fail. */
    public boolean failed() {
        return this != CONFIRMED && this != NONE;
    }
}
