package org.mizan.fiscal.royalty;

import java.util.Arrays;

import org.mizan.kernel.Rejection;

/** Where along the chain the value a royalty is a share of is taken. */
public enum ValuePoint {
    MINE_GATE("mine-gate"), PIT_MOUTH("pit-mouth"), EX_FACTORY("ex-factory"), FOB("fob");

    private final String code;

    ValuePoint(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ValuePoint of(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                "invalid-value-point", "Value point " + Rejection.quote(code) + " is none of mine-gate, pit-mouth, ex-factory, fob"));
    }
}
