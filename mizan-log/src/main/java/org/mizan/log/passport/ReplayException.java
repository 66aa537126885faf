package org.mizan.log.passport;

/** The disclosed events cannot be replayed: a lot's history is missing or an event breaks the books. */
final class ReplayException extends RuntimeException {

    ReplayException(String message) {
        super(message);
    }
}
