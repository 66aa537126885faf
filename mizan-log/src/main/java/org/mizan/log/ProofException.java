package org.mizan.log;

/** A Merkle proof was refused; {@link #failure()} names the cause. */
public final class ProofException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProofFailure failure;

    public ProofException(ProofFailure failure, String detail) {
        super(failure + ": " + detail);
        this.failure = failure;
    }

    public ProofFailure failure() {
        return failure;
    }
}
