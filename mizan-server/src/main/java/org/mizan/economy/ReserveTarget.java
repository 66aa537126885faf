package org.mizan.economy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.mizan.kernel.Rejection;

/**
 * What a reserve should hold: days of national consumption, at a baseline of kilograms a day whose source is named,
 * or a fixed number of tonnes. Exactly one of the two.
 */
public record ReserveTarget(Optional<Days> days, Optional<BigDecimal> tonnes) {

    /** Days of cover at {@code baselineKgPerDay} of national consumption, as {@code baselineSource} estimates it. */
    public record Days(BigDecimal days, BigDecimal baselineKgPerDay, String baselineSource) {

        public Days {
            positive("targetDays", days);
            positive("baselineKgPerDay", baselineKgPerDay);
            if (baselineSource == null || baselineSource.isBlank()) {
                throw Rejection.invalid("missing-field", "A target in days names the source of its consumption baseline");
            }
        }
    }

    public ReserveTarget {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(tonnes, "tonnes");
        if (days.isPresent() == tonnes.isPresent()) {
            throw Rejection.invalid("invalid-target", "A reserve's target is either days of consumption (with its baseline) or tonnes, not "
                    + (days.isPresent() ? "both" : "neither"));
        }
        tonnes.ifPresent(t -> positive("targetTonnes", t));
    }

    /** The target as kilograms: days × baseline, or tonnes × 1000. */
    public BigDecimal kilograms() {
        return days.map(d -> d.days().multiply(d.baselineKgPerDay())).orElseGet(() -> tonnes.orElseThrow().movePointRight(3));
    }

    static void positive(String field, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            throw Rejection.invalid("out-of-range", field + " is above zero, got " + (value == null ? "nothing" : Rejection.number(value)));
        }
    }
}
