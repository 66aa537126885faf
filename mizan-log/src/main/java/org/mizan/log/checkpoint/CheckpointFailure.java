package org.mizan.log.checkpoint;

/** Why a checkpoint body was refused. */
public enum CheckpointFailure {
    /** Fewer than three newline-terminated lines. */
    TOO_FEW_LINES,
    /** The origin line is empty or not a valid origin. */
    INVALID_ORIGIN,
    /** The size is not a canonical non-negative decimal that fits in a signed 64-bit integer. */
    INVALID_SIZE,
    /** The root hash is not standard base64 of exactly 32 bytes. */
    INVALID_ROOT_HASH,
    /** An extension line is empty or contains control characters. */
    INVALID_EXTENSION,
    /** The signed note does not carry a valid signature from the log's key. */
    UNVERIFIED
}
