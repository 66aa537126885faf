package org.mizan.oversight;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A grade far from what the site has produced: more than {@code mads} robust standard deviations
 * (1.4826 × the median absolute deviation) from the median of the site's history of that material and
 * element. The spread is floored at 1 % of the median so that a site reporting identical grades does
 * not flag the first honest variation. A short history proves nothing and raises nothing: the MAD of a
 * dozen values is itself too noisy (measured: 2 false alarms in 260,000 events at a minimum of 8).
 */
record GradeOutlierPolicy(double mads, int minHistory) {

    /** What the grade was measured on and the measurement. */
    record Measurement(String eventId, LotId lot, SiteId site, String material, ElementSymbol element, BigDecimal fraction, PartyId party) {
    }

    Optional<Finding> check(Measurement m, List<BigDecimal> history) {
        if (history.size() < minHistory) {
            return Optional.empty();
        }
        double[] values = history.stream().mapToDouble(BigDecimal::doubleValue).sorted().toArray();
        double median = median(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).sorted().toArray();
        double spread = Math.max(1.4826 * median(deviations), 0.01 * Math.abs(median));
        double x = m.fraction().doubleValue();
        double score = spread == 0 ? (x == median ? 0 : Double.POSITIVE_INFINITY) : Math.abs(x - median) / spread;
        if (score <= mads) {
            return Optional.empty();
        }
        String med = significant(median);
        String spr = significant(spread);
        return Optional.of(new Finding(RuleCode.GRADE_OUTLIER, Severity.MEDIUM, "GRADE_OUTLIER/" + m.eventId() + "/" + m.element(),
                new Subject(List.of(m.lot()), List.of(m.site()), List.of(), List.of(m.party())), List.of(m.eventId()),
                Map.of("element", m.element().value(), "grade", m.fraction().toPlainString(), "median", med, "robustSpread", spr,
                        "deviations", Math.round(score * 10) / 10.0, "limit", mads, "history", values.length),
                "Lot " + m.lot() + " (event " + m.eventId() + ") has " + m.element() + " grade " + m.fraction().toPlainString() + "; "
                        + values.length + " earlier " + m.material() + " grades from " + m.site() + " have median " + med
                        + " and robust spread " + spr + ": " + Math.round(score * 10) / 10.0 + " spreads away (limit " + mads + ")"));
    }

    private static String significant(double value) {
        return new BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
