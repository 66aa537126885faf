package org.mizan.log.proof;

/** Why a tlog-proof was refused (Merkle and signature failures keep their own exception types). */
public enum TlogProofFailure {
    /** Not a well-formed {@code c2sp.org/tlog-proof@v1} document. */
    MALFORMED_PROOF,
    /** The checkpoint is from a different log than the one the caller trusts. */
    WRONG_ORIGIN
}
