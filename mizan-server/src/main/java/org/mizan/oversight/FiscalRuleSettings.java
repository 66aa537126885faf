package org.mizan.oversight;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fiscal rules' thresholds ({@code mizan.oversight.fiscal.*}), checked at startup like the others.
 *
 * <p>A royalty is due {@code royalty-due-days} (30) after its taxable event's day in the province's calendar.
 * It is judged once, {@code recording-grace} (7 days) after that, because a treasury records a receipt some
 * days after the money arrived: judged earlier, every such receipt would be a false alarm. A receipt short by
 * more than {@code shortfall-tolerance} (1 %) of the royalty is a shortfall. An export declared below
 * {@code undervalued-ratio} (50 %) of its contained elements' reference value is undervalued: concentrates sell
 * below the metal's price (treatment charges, payable fractions), rarely below half of it. A material
 * reconciliation difference is an alert once nothing was recorded on its line for {@code mismatch-settle}
 * (30 days), so that a receipt still on its way does not raise one. Records are often entered long after their
 * day (a year's payments declared at once for an EITI report, a treasury's receipts a week after the company's
 * declaration), so the line must also have had nothing entered for {@code recording-quiet} (7 days): judged on the
 * days alone, the moment between a company's declaration and the treasury's entry of the same payment would raise
 * an alert that no later receipt withdraws. {@code sweep} is how often the fiscal rules look.
 */
@ConfigurationProperties("mizan.oversight.fiscal")
record FiscalRuleSettings(
        @DefaultValue("30") int royaltyDueDays,
        @DefaultValue("P7D") Duration recordingGrace,
        @DefaultValue("0.01") BigDecimal shortfallTolerance,
        @DefaultValue("0.5") BigDecimal undervaluedRatio,
        @DefaultValue("P30D") Duration mismatchSettle,
        @DefaultValue("P7D") Duration recordingQuiet,
        @DefaultValue("PT1M") Duration sweep) {

    FiscalRuleSettings {
        if (royaltyDueDays < 1 || royaltyDueDays > 366) {
            throw new IllegalArgumentException("mizan.oversight.fiscal.royalty-due-days must be between 1 and 366, got " + royaltyDueDays);
        }
        days("recording-grace", recordingGrace, 0);
        days("mismatch-settle", mismatchSettle, 0);
        days("recording-quiet", recordingQuiet, 0);
        if (shortfallTolerance.signum() < 0 || shortfallTolerance.compareTo(new BigDecimal("0.5")) > 0) {
            throw new IllegalArgumentException("mizan.oversight.fiscal.shortfall-tolerance must be between 0 and 0.5, got " + shortfallTolerance);
        }
        if (undervaluedRatio.compareTo(new BigDecimal("0.05")) < 0 || undervaluedRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("mizan.oversight.fiscal.undervalued-ratio must be between 0.05 and 1, got " + undervaluedRatio);
        }
        if (sweep.compareTo(Duration.ofSeconds(1)) < 0 || sweep.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("mizan.oversight.fiscal.sweep must be between a second and a day, got " + sweep);
        }
    }

    static FiscalRuleSettings defaults() {
        return new FiscalRuleSettings(30, Duration.ofDays(7), new BigDecimal("0.01"), new BigDecimal("0.5"), Duration.ofDays(30),
                Duration.ofDays(7), Duration.ofMinutes(1));
    }

    private static void days(String name, Duration value, int min) {
        if (value.isNegative() || value.toDays() < min || value.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("mizan.oversight.fiscal." + name + " must be between " + min + " days and a year, got " + value);
        }
    }
}
