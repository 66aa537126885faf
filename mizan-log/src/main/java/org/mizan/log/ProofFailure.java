package org.mizan.log;

/** Why a Merkle proof was refused. Each cause is distinct so callers can log and test it precisely. */
public enum ProofFailure {
    /** Inclusion: the leaf index is not below the tree size, or not inside the subtree. */
    INDEX_OUT_OF_RANGE,
    /** Consistency: the old size is zero or larger than the new size, or a subtree ends beyond the tree. */
    SIZE_OUT_OF_RANGE,
    /** The number of proof hashes does not match the tree shape. */
    WRONG_PROOF_SIZE,
    /** A leaf hash, root or proof element is not a 32-byte SHA-256 value. */
    MALFORMED_HASH,
    /** Consistency: the recomputed old root (or subtree hash) differs from the claimed one. */
    OLD_ROOT_MISMATCH,
    /** The recomputed (new) root differs from the claimed root. */
    ROOT_MISMATCH,
    /** Subtree proofs: {@code [start, end)} is not a subtree (start must be a multiple of BIT_CEIL(end - start)). */
    INVALID_SUBTREE
}
