package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** Identifies a party (company, cooperative, regulator, laboratory ...): a lowercase slug. */
public record PartyId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    public PartyId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw Rejection.invalid("invalid-party-id",
                    "A party id is 2 to 64 lowercase letters, digits or dashes, got: " + Rejection.quote(value));
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
