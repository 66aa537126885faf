package org.mizan.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * After {@code attempts} wrong passwords in a row an account refuses every password for
 * {@code lockFor}, so guessing online costs hours, not seconds; a right password resets the count.
 */
public record LockoutPolicy(int attempts, Duration lockFor) {

    public LockoutPolicy {
        if (attempts < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("Lock-out needs at least one attempt and a positive duration");
        }
    }

    /** Until when the account is locked after this many failures in a row, if it is. */
    public Optional<Instant> lockAfter(int failuresInARow, Instant now) {
        return failuresInARow >= attempts ? Optional.of(now.plus(lockFor)) : Optional.empty();
    }
}
