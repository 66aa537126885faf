package org.mizan.log.passport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Mass-balance origin shares (ISO 22095) as the log's operator computes them, redone independently:
 * shares at 12 decimals, rounded half-even, the rounding remainder on the largest share (ties to the
 * first key), zero shares dropped. Keys are licence numbers and {@link #UNATTRIBUTED}.
 */
final class OriginMix {

    static final String UNATTRIBUTED = "unattributed";
    static final int SCALE = 12;

    /** Licence order with the unattributed share last, as the operator orders origin keys; it decides ties. */
    static final Comparator<String> KEY_ORDER = Comparator.comparing((String key) -> UNATTRIBUTED.equals(key)).thenComparing(Comparator.<String>naturalOrder());

    record Contribution(Map<String, BigDecimal> origin, long weightGrams) {
    }

    private OriginMix() {
    }

    static SortedMap<String, BigDecimal> wholly(String key) {
        SortedMap<String, BigDecimal> out = new TreeMap<>(KEY_ORDER);
        out.put(key, BigDecimal.ONE.setScale(SCALE));
        return out;
    }

    static SortedMap<String, BigDecimal> mix(List<Contribution> contributions) {
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> weighted = new TreeMap<>(KEY_ORDER);
        for (Contribution c : contributions) {
            BigDecimal weight = BigDecimal.valueOf(c.weightGrams());
            total = total.add(weight);
            c.origin().forEach((key, share) -> weighted.merge(key, share.multiply(weight), BigDecimal::add));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("cannot mix origins with zero total weight");
        }
        BigDecimal divisor = total;
        weighted.replaceAll((key, sum) -> sum.divide(divisor, SCALE, RoundingMode.HALF_EVEN));
        return normalised(weighted);
    }

    static SortedMap<String, BigDecimal> withUnattributed(Map<String, BigDecimal> origin, BigDecimal fraction) {
        if (fraction.signum() == 0) {
            return copy(origin);
        }
        BigDecimal kept = BigDecimal.ONE.subtract(fraction);
        Map<String, BigDecimal> scaled = new TreeMap<>(KEY_ORDER);
        origin.forEach((key, share) -> scaled.put(key, share.multiply(kept)));
        scaled.merge(UNATTRIBUTED, fraction, BigDecimal::add);
        return normalised(scaled);
    }

    private static SortedMap<String, BigDecimal> copy(Map<String, BigDecimal> origin) {
        SortedMap<String, BigDecimal> out = new TreeMap<>(KEY_ORDER);
        out.putAll(origin);
        return out;
    }

    private static SortedMap<String, BigDecimal> normalised(Map<String, BigDecimal> raw) {
        SortedMap<String, BigDecimal> rounded = new TreeMap<>(KEY_ORDER);
        raw.forEach((key, share) -> {
            BigDecimal r = share.setScale(SCALE, RoundingMode.HALF_EVEN);
            if (r.signum() > 0) {
                rounded.put(key, r);
            }
        });
        String largest = null;
        for (Map.Entry<String, BigDecimal> e : rounded.entrySet()) {
            if (largest == null || e.getValue().compareTo(rounded.get(largest)) > 0) {
                largest = e.getKey();
            }
        }
        BigDecimal sum = rounded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        rounded.merge(largest, BigDecimal.ONE.subtract(sum), BigDecimal::add);
        return rounded;
    }
}
