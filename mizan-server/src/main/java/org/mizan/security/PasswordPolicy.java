package org.mizan.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a new password must be. Length is what protects a password, so the rule is length only
 * (NIST SP 800-63B, 5.1.1.2), with BCrypt's limit as the ceiling: it reads no more than 72 bytes,
 * and a longer password would be silently cut.
 */
public final class PasswordPolicy {

    public static final int MIN_CHARACTERS = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Why this password may not be chosen, or empty when it may. */
    public static Optional<String> refusal(String password, Username username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return Optional.of("password-too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password-too-long");
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username.value())) {
            return Optional.of("password-contains-username");
        }
        return Optional.empty();
    }
}
