package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** A mineral title's number as the issuing province writes it, e.g. {@code BA-ML-2021-007}. */
public record LicenceNumber(String value) implements Comparable<LicenceNumber> {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public LicenceNumber {
        if (value == null || !NUMBER.matcher(value).matches()) {
            throw Rejection.invalid("invalid-licence-number",
                    "A licence number is 1 to 64 letters, digits or . _ -, got: " + Rejection.quote(value));
        }
    }

    @Override
    public int compareTo(LicenceNumber other) {
        return value.compareTo(other.value);
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
