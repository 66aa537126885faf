package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A province or territory by its ISO 3166-2 code, e.g. {@code PK-BA}. Whether the code is known is
 * the registry's business; this only checks the shape.
 */
public record ProvinceCode(String value) {

    private static final Pattern ISO_3166_2 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    public ProvinceCode {
        if (value == null || !ISO_3166_2.matcher(value).matches()) {
            throw Rejection.invalid("invalid-province-code",
                    "A province is an ISO 3166-2 code such as PK-BA, got: " + Rejection.quote(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** Serialised as the bare identifier. */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

}
