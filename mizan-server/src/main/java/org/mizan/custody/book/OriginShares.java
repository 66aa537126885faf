package org.mizan.custody.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Origin shares of a mixture of lines, each weighted by its mass: the consignment's origin as the
 * consignment view and the passport both state it, so that both print exactly the same figures.
 */
public final class OriginShares {

    private OriginShares() {
    }

    /** Shares at {@link OriginVector#SCALE} decimals that sum to exactly 1: the rounding remainder goes to the largest share. */
    public static Map<String, BigDecimal> of(Map<String, BigDecimal> weighted, BigDecimal total) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        weighted.forEach((key, weight) -> shares.put(key, weight.divide(total, OriginVector.SCALE, RoundingMode.HALF_EVEN)));
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!shares.isEmpty() && sum.signum() > 0) {
            String largest = shares.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            shares.put(largest, shares.get(largest).add(BigDecimal.ONE.subtract(sum)));
        }
        return shares;
    }
}
