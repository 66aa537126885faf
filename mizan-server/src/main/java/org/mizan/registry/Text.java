package org.mizan.registry;

import org.mizan.kernel.Rejection;

/** Guards free-text fields: present, trimmed, bounded, without control characters. */
final class Text {

    private Text() {
    }

    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw Rejection.invalid("missing-field", "Field " + field + " is required").with("field", field);
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw Rejection.invalid("field-too-long", "Field " + field + " is longer than " + maxLength + " characters")
                    .with("field", field);
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw Rejection.invalid("control-characters", "Field " + field + " contains control characters")
                    .with("field", field);
        }
        return trimmed;
    }
}
