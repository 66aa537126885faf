package org.mizan.log.disclosure;

/** A disclosure that failed verification, with the cause named. */
public final class DisclosureException extends RuntimeException {

    private final DisclosureFailure failure;

    public DisclosureException(DisclosureFailure failure, String detail, Throwable cause) {
        super(failure + ": " + detail, cause);
        this.failure = failure;
    }

    public DisclosureFailure failure() {
        return failure;
    }
}
