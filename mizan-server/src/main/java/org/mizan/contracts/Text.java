package org.mizan.contracts;

import org.mizan.kernel.Rejection;

/** The checks every free-text field of a contract record shares: present, not blank, not longer than it should be. */
final class Text {

    private Text() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw Rejection.invalid("missing-field", field + " is required and not blank").with("field", field);
        }
        if (value.length() > max) {
            throw Rejection.invalid("field-too-long", field + " is at most " + max + " characters, got " + value.length())
                    .with("field", field);
        }
        return value.strip();
    }
}
