package org.mizan.custody.stream;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;

/**
 * Whose fault a failed evaluation is. A record that cannot be parsed, or makes a rule throw, or carries
 * a value the database refuses, fails the same way every time: it is set aside so the stream goes on.
 * Any other database failure (unreachable, timed out, restarted) says nothing about the record: the
 * batch rolls back and is tried again, or a passing outage would set aside every record it met.
 */
public final class SetAsidePolicy {

    private SetAsidePolicy() {
    }

    public static boolean isTheRecords(Throwable failure) {
        if (failure instanceof DataIntegrityViolationException) {
            return true;
        }
        return !(failure instanceof DataAccessException || failure instanceof TransactionException);
    }

    /** One line an operator can act on: the failure, where it was thrown, and what caused it. */
    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder(failure.toString());
        StackTraceElement[] frames = failure.getStackTrace();
        if (frames.length > 0) {
            out.append(" at ").append(frames[0]);
        }
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            out.append("; caused by ").append(cause);
        }
        return out.length() > 2000 ? out.substring(0, 2000) : out.toString();
    }
}
