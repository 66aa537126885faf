package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.Objects;

/** How often an alert's red flag has been raised, and over which period of event times. */
record Recurrence(int occurrences, OffsetDateTime firstAt, OffsetDateTime lastAt) {

    Recurrence {
        Objects.requireNonNull(firstAt, "firstAt");
        Objects.requireNonNull(lastAt, "lastAt");
        if (occurrences < 1 || lastAt.isBefore(firstAt)) {
            throw new IllegalArgumentException("a recurrence has at least one occurrence and ends after it starts");
        }
    }

    static Recurrence once(OffsetDateTime at) {
        return new Recurrence(1, at, at);
    }

    /** One more occurrence, at a time that may lie before the period (a late upload) or after it. */
    Recurrence and(OffsetDateTime at) {
        return new Recurrence(occurrences + 1, at.isBefore(firstAt) ? at : firstAt, at.isAfter(lastAt) ? at : lastAt);
    }
}
