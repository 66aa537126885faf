package org.mizan.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Why a sign-in failed, as a code the page words in the reader's language. A wrong user name and a
 * wrong password are one cause, so the page never tells which names exist.
 */
public final class SignInRefused extends RuntimeException {

    public enum Cause { WRONG_CREDENTIALS, LOCKED }

    private final Cause cause;
    private final Optional<Instant> lockedUntil;

    SignInRefused(Cause cause, Optional<Instant> lockedUntil) {
        super(cause.name().toLowerCase(java.util.Locale.ROOT), null, false, false);
        this.cause = cause;
        this.lockedUntil = lockedUntil;
    }

    public Cause reason() {
        return cause;
    }

    public Optional<Instant> lockedUntil() {
        return lockedUntil;
    }
}
