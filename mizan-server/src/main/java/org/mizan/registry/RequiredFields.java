package org.mizan.registry;

import java.util.Map;

import org.mizan.kernel.Rejection;

/**
 * The fields a registry request cannot do without. A required field that is absent or null is a
 * malformed request (400) naming the field, checked as the request is read, before any domain rule.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    /** Pairs of field name and value, e.g. {@code check("id", id, "name", name)}. */
    static void check(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                String field = (String) namesAndValues[i];
                throw new Rejection(Rejection.Kind.MALFORMED, "missing-field", "Field " + field + " is required",
                        Map.of("field", field));
            }
        }
    }
}
