package org.mizan.log.proof;

/** A tlog-proof was refused; {@link #failure()} names the cause. */
public final class TlogProofException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TlogProofFailure failure;

    public TlogProofException(TlogProofFailure failure, String detail) {
        super(failure + ": " + detail);
        this.failure = failure;
    }

    public TlogProofFailure failure() {
        return failure;
    }
}
