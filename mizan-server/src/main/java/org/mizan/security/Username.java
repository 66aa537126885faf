package org.mizan.security;

import java.util.Locale;
import java.util.regex.Pattern;

import org.mizan.kernel.Rejection;

/** The name a person signs in with: 2 to 64 lowercase letters, digits, dots, dashes or underscores. */
public record Username(String value) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public Username {
        if (value == null || !NAME.matcher(value).matches()) {
            throw Rejection.invalid("invalid-username",
                    "A user name is 2 to 64 lowercase letters, digits, dots, dashes or underscores, got: " + Rejection.quote(value));
        }
    }

    /** What a person typed, trimmed and lower-cased, so "FWO " signs in as "fwo". */
    public static Username typed(String input) {
        return new Username(input == null ? null : input.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
