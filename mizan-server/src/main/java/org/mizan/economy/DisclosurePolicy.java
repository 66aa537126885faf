package org.mizan.economy;

import com.fasterxml.jackson.annotation.JsonValue;

import org.mizan.kernel.Codes;

/**
 * How much of a reserve account the public sees: its quantity and days of cover, only the band of days it covers, or
 * nothing but the monthly commitments of its stock (sealed), which a later disclosure opens.
 */
public enum DisclosurePolicy {
    PUBLIC, BAND, SEALED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static DisclosurePolicy of(String code) {
        return Codes.parse(DisclosurePolicy.class, code, "disclosure-policy");
    }
}
