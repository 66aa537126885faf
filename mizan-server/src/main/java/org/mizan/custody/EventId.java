package org.mizan.custody;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** The caller-chosen id of an event; unique per book, so a re-sent event is recognised, not doubled. */
public record EventId(String value) {

    private static final Pattern PRINTABLE = Pattern.compile("\\p{Print}{1,128}");

    public EventId {
        Objects.requireNonNull(value, "event id");
        if (!PRINTABLE.matcher(value).matches() || value.isBlank()) {
            throw new IllegalArgumentException("event id must be 1..128 printable ASCII characters: " + value);
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
