package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An ISO 3166-1 alpha-2 country code. Only the shape is checked here; whether a code is assigned
 * is registry data, so a newly assigned code needs no release.
 */
public record CountryCode(String value) {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (value == null) {
            throw new IllegalArgumentException("country code is missing");
        }
        if (!ALPHA_2.matcher(value).matches()) {
            throw new IllegalArgumentException("country code must be ISO 3166-1 alpha-2 (two capitals): " + value);
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
