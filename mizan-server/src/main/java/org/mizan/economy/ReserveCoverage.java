package org.mizan.economy;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A reserve account as its disclosure policy lets the public see it: a public account its stock, days of cover and
 * whether it is below target; a band account only the band its cover falls in; a sealed account only the months whose
 * stock is committed to the log. Every account shows its target and its commitments' log entries.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ReserveCoverage(String account, String site, String material, String form, DisclosurePolicy policy, String target,
        BigDecimal targetKg, Optional<ReserveTarget.Days> targetDays, Optional<BigDecimal> stockKg, Optional<BigDecimal> days, Optional<String> band, Optional<Boolean> belowTarget,
        List<Commitment> commitments) {

    /** The latest month committed, if any. */
    public Optional<Commitment> latest() {
        return commitments.isEmpty() ? Optional.empty() : Optional.of(commitments.get(commitments.size() - 1));
    }

    /** A month's commitment: the month and the log entry that commits its stock. */
    public record Commitment(String month, long logIndex) {
    }

    private static final int[] DAY_BANDS = {30, 60, 90, 180};

    static ReserveCoverage of(ReserveAccount a, BigDecimal stockKg, List<Commitment> commitments) {
        Optional<BigDecimal> days = a.target().days().map(d -> stockKg.divide(d.baselineKgPerDay(), 1, RoundingMode.DOWN));
        boolean below = stockKg.compareTo(a.target().kilograms()) < 0;
        boolean open = a.policy() == DisclosurePolicy.PUBLIC;
        Optional<String> band = a.policy() == DisclosurePolicy.BAND ? Optional.of(band(a, stockKg, days)) : Optional.empty();
        return new ReserveCoverage(a.id(), a.site().value(), a.material(), Forms.code(a.form()), a.policy(), target(a),
                a.target().kilograms(), a.target().days(), open ? Optional.of(stockKg) : Optional.empty(), open ? days : Optional.empty(), band,
                open ? Optional.of(below) : Optional.empty(), commitments);
    }

    /** Days of cover in bands of 30, 60, 90 and 180 days; with a target in tonnes, the share of the target in halves. */
    static String band(ReserveAccount a, BigDecimal stockKg, Optional<BigDecimal> days) {
        if (days.isEmpty()) {
            BigDecimal share = stockKg.divide(a.target().kilograms(), 4, RoundingMode.DOWN);
            return share.compareTo(new BigDecimal("0.5")) < 0 ? "under 50% of target"
                    : share.compareTo(BigDecimal.ONE) < 0 ? "50–100% of target" : "at or above target";
        }
        int lower = 0;
        for (int edge : DAY_BANDS) {
            if (days.get().compareTo(BigDecimal.valueOf(edge)) < 0) {
                return lower == 0 ? "under " + edge + " days" : lower + "–" + edge + " days";
            }
            lower = edge;
        }
        return lower + " days or more";
    }

    private static String target(ReserveAccount a) {
        return a.target().days().map(d -> d.days().toPlainString() + " days at " + d.baselineKgPerDay().toPlainString() + " kg a day ("
                + d.baselineSource() + ")").orElseGet(() -> a.target().tonnes().orElseThrow().toPlainString() + " t");
    }
}
