package org.mizan.custody;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a plant does with a process output: sells it as its product or as a by-product, or discards it as tailings (to a
 * tailings facility) or slag. Every output counts in the process's element balance; tailings and slag are waste, which
 * no consignment exports.
 */
public enum OutputRole {
    PRODUCT, BY_PRODUCT, TAILINGS, SLAG;

    /** The API's code: {@code product}, {@code by-product}, {@code tailings}, {@code slag}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonValue
    public String asText() {
        return code();
    }

    /** Discarded, not sold: tailings and slag. */
    public boolean isWaste() {
        return this == TAILINGS || this == SLAG;
    }

    public static Optional<OutputRole> of(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
