package org.mizan.custody;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** An export consignment, by the exporter's reference (shipping bill, GS1 SSCC or GINC). */
public record ConsignmentId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

    public ConsignmentId {
        Objects.requireNonNull(value, "consignment id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("consignment id must match [A-Za-z0-9][A-Za-z0-9._:/-]{0,127}: " + value);
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
