package org.mizan.log.note;

/** A signed note or key was refused; {@link #failure()} names the cause. */
public final class NoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final NoteFailure failure;

    public NoteException(NoteFailure failure, String detail) {
        super(failure + ": " + detail);
        this.failure = failure;
    }

    public NoteFailure failure() {
        return failure;
    }
}
