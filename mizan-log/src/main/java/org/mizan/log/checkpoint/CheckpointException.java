package org.mizan.log.checkpoint;

/** A checkpoint was refused; {@link #failure()} names the cause. */
public final class CheckpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CheckpointFailure failure;

    public CheckpointException(CheckpointFailure failure, String detail) {
        super(failure + ": " + detail);
        this.failure = failure;
    }

    public CheckpointFailure failure() {
        return failure;
    }
}
