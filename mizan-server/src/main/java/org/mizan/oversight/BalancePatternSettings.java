package org.mizan.oversight;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plant balance pattern's settings ({@code mizan.oversight.balance-pattern.*}), checked at startup. A
 * plant's runs of an element within {@code window} (90 days), the latest {@code runs} (50) of them, are
 * summed once there are {@code min-runs} (8). The per-run tolerance forgives each run's assay error; errors of
 * independent runs partly cancel in a sum, so the sum is allowed the per-run tolerance divided by the square
 * root of the runs, but never less than {@code floor} (0.5 %): a laboratory's bias does not cancel.
 */
@ConfigurationProperties("mizan.oversight.balance-pattern")
record BalancePatternSettings(
        @DefaultValue("P90D") Duration window,
        @DefaultValue("50") int runs,
        @DefaultValue("8") int minRuns,
        @DefaultValue("0.005") BigDecimal floor) {

    BalancePatternSettings {
        if (window.isNegative() || window.compareTo(Duration.ofDays(1)) < 0 || window.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("mizan.oversight.balance-pattern.window must be between a day and a year, got " + window);
        }
        if (minRuns < 2 || runs < minRuns || runs > 1000) {
            throw new IllegalArgumentException("mizan.oversight.balance-pattern.min-runs must be at least 2 and runs between it and 1000, got "
                    + minRuns + " and " + runs);
        }
        if (floor.signum() < 0 || floor.compareTo(new BigDecimal("0.2")) > 0) {
            throw new IllegalArgumentException("mizan.oversight.balance-pattern.floor must be between 0 and 0.2, got " + floor);
        }
    }

    static BalancePatternSettings defaults() {
        return new BalancePatternSettings(Duration.ofDays(90), 50, 8, new BigDecimal("0.005"));
    }
}
