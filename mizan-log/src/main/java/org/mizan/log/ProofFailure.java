package org.mizan.log;

/** Why a Merkle proof was refused. Each cause is distinct so callers can log and test it precisely. */
public enum ProofFailure {
    /** Inclusion: the leaf index is not below the tree size. */
    INDEX_OUT_OF_RANGE,
    /** Consistency: the old size is zero or larger than the new size. */
    SIZE_OUT_OF_RANGE,
    /** The number of proof hashes does not match the tree shape. */
    WRONG_PROOF_SIZE,
    /** A leaf hash, root or proof element is not a 32-byte SHA-256 value. */
    MALFORMED_HASH,
    /** Consistency: the recomputed old root differs from the claimed old root. */
    OLD_ROOT_MISMATCH,
    /** The recomputed (new) root differs from the claimed root. */
    ROOT_MISMATCH
}
