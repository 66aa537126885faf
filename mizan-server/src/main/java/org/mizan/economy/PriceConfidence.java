package org.mizan.economy;

import java.util.Arrays;
import java.util.Locale;

import org.mizan.kernel.Rejection;

/**
 * How far a price point can be trusted: published by an authority, reported by the trade press, quoted by a vendor
 * (a smelter's or trader's offer), or Mizan's example. Ordered from most to least trusted: of two points of one day the
 * more trusted one prices.
 */
public enum PriceConfidence {
    OFFICIAL, TRADE_PRESS, VENDOR, ILLUSTRATIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PriceConfidence of(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                "invalid-confidence", "Confidence " + Rejection.quote(code) + " is none of official, trade-press, vendor, illustrative"));
    }
}
