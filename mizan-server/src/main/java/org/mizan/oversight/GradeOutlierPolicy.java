package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A grade far from what the site has produced, judged on log-grades because ore grades are log-normal:
 * a tenth of the median is as far out as ten times it, and a site whose grades scatter by half is not
 * flagged for an honest lot at twice its median. The rule fires when ln(grade) lies more than
 * {@code limit} robust spreads (1.4826 × the median absolute deviation of the history's ln-grades)
 * from their median, per site, material and element, declared grades against declared ones and assays against
 * assays. The spread is at least ln({@code minSpreadFactor}),
 * so a site declaring one nominal grade again and again does not flag the first honest assay. A grade of
 * zero is "measured absent": it has no logarithm, is not judged and is not in the history. A short
 * history proves nothing and raises nothing: the MAD of a dozen values is itself too noisy.
 */
record GradeOutlierPolicy(double limit, int minHistory, double minSpreadFactor) {

    /**
     * What the grade was measured on and the measurement, and whether a laboratory assayed it ({@code assayed}) or its
     * producer declared it. Each is judged against its own kind: a miner who declares one nominal grade has a history
     * of one value, against which every honest assay of the ore's natural scatter would be an outlier.
     */
    record Measurement(String eventId, LotId lot, SiteId site, String material, ElementSymbol element, BigDecimal fraction, PartyId party,
            boolean assayed) {
    }

    Optional<Finding> check(Measurement m, List<BigDecimal> history) {
        double[] logs = history.stream().filter(g -> g.signum() > 0).mapToDouble(g -> Math.log(g.doubleValue())).sorted().toArray();
        if (m.fraction().signum() == 0 || logs.length < minHistory) {
            return Optional.empty();
        }
        double median = median(logs);
        double[] deviations = Arrays.stream(logs).map(v -> Math.abs(v - median)).sorted().toArray();
        double spread = Math.max(1.4826 * median(deviations), Math.log(minSpreadFactor));
        double distance = Math.log(m.fraction().doubleValue()) - median;
        double score = Math.abs(distance) / spread;
        if (score <= limit) {
            return Optional.empty();
        }
        return Optional.of(finding(m, logs.length, Math.exp(median), distance, spread, score));
    }

    private Finding finding(Measurement m, int history, double median, double distance, double spread, double score) {
        String med = significant(median);
        String factor = significant(Math.exp(Math.abs(distance)));
        String limitFactor = significant(Math.exp(limit * spread));
        String direction = distance > 0 ? "higher" : "lower";
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("element", m.element().value());
        figures.put("grade", m.fraction().toPlainString());
        figures.put("median", med);
        figures.put("factor", factor);
        figures.put("direction", direction);
        figures.put("limitFactor", limitFactor);
        figures.put("robustLogSpread", significant(spread));
        figures.put("deviations", Math.round(score * 10) / 10.0);
        figures.put("limit", limit);
        figures.put("history", history);
        figures.put("historyOf", m.assayed() ? "assays" : "declared");
        return new Finding(RuleCode.GRADE_OUTLIER, Severity.MEDIUM, "GRADE_OUTLIER/" + m.eventId() + "/" + m.element(),
                new Subject(List.of(m.lot()), List.of(m.site()), List.of(), List.of(m.party())), List.of(m.eventId()), figures,
                "Lot " + m.lot() + " (event " + m.eventId() + ") has " + m.element() + " grade " + m.fraction().toPlainString() + ", "
                        + factor + " times " + direction + " than the median grade " + med + " of " + history + " earlier "
                        + m.material() + (m.assayed() ? " assays" : " declared grades") + " from " + m.site() + "; this site's grades stay within " + limitFactor
                        + " times the median either way (" + significant(limit) + " robust spreads of the log-grades)");
    }

    private static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
