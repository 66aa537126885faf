package org.mizan.economy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mizan.kernel.Rejection;

/**
 * Value added in the country and dollars earned for one group of exports (a stage, quarter, mineral or province): the
 * mine-gate and export values of the priced lines, their difference and share, the declared export dollars (FX) and
 * the lines left out because a price is missing, each named.
 */
public record ValueAdded(String dimension, String key, BigDecimal mineGateUsd, BigDecimal exportUsd, BigDecimal valueAddedUsd,
        Optional<BigDecimal> valueAddedShare, BigDecimal fxUsd, int pricedLines, List<String> unpriced) {

    /** The ways the table is grouped. */
    public enum Dimension {
        STAGE, QUARTER, MINERAL, PROVINCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Dimension of(String code) {
            return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                    "invalid-dimension", "Group by " + Rejection.quote(code) + "? Ask for stage, quarter, mineral or province"));
        }
    }

    /** The key of the dollars of an export that could not be shared out over its lines, for lack of a price. */
    public static final String UNAPPORTIONED = "unapportioned";

    public ValueAdded {
        unpriced = List.copyOf(unpriced);
    }
}
