package org.mizan.log.fiscal;

import java.util.Arrays;

/** What a royalty rate applies to. */
public enum RoyaltyBasis {

    /** A share of the value of the material at the value point (pit mouth, ex-factory, FOB): Sindh's coal, Punjab's limestone. */
    AD_VALOREM("ad-valorem"),
    /** A share of a reference price applied to the contained mass of the rate's element. */
    CONTAINED_VALUE("contained-value"),
    /** A fixed amount per tonne of material. */
    PER_TONNE("per-tonne");

    private final String code;

    RoyaltyBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static RoyaltyBasis of(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "royalty basis " + code + " is none of ad-valorem, contained-value, per-tonne"));
    }
}
