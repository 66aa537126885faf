package org.mizan.oversight;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules' thresholds ({@code mizan.oversight.*}). Values outside sane ranges stop the server at
 * startup with the property's name: a rule that silently never fires, or always fires, is worse than
 * a server that does not start.
 *
 * <p>A process whose tailings or slag state a grade of an element must account for it: more than
 * {@code element-loss-allowance} (3 %) of the element's input missing from all its outputs together is an imbalance.
 *
 * <p>The transit-loss pattern looks, per dispatching operator and route, at the last
 * {@code loss-pattern-trips} (40) trips received within {@code loss-pattern-window} (90 days) and fires
 * from {@code loss-pattern-min-trips} (10) trips on when their cumulative shortfall beyond the scales'
 * resolution exceeds {@code loss-pattern-floor} (0.3 % of the mass dispatched) and a one-sided sign test
 * rejects honest scatter at {@code loss-pattern-significance} (1 %).
 *
 * <p>The grade outlier judges ln(grade): it fires beyond {@code grade-outlier-mads} (4) robust spreads of the
 * site's log-grades from their median, once {@code grade-min-history} (20) non-zero grades are known, the
 * spread being at least ln({@code grade-min-spread-factor}) (ln 1.1), so that a grade within 1.1⁴ = 1.46 times
 * the median of a site that always declares the same grade is never an outlier.
 *
 * <p>Under-declaration looks, per site and element, at the last {@code under-declared-pairs} (40) lots whose
 * grade declared at extraction a laboratory later assayed, and fires from {@code under-declared-min-pairs} (10)
 * pairs on when their median ratio assayed/declared is at least {@code under-declared-ratio} (1.10) and a
 * one-sided sign test rejects, at {@code under-declared-significance} (1 %), that an assay is as likely to find
 * less than declared as more.
 */
@ConfigurationProperties("mizan.oversight")
record OversightSettings(
        @DefaultValue("100") double gpsToleranceMetres,
        @DefaultValue("0.9") BigDecimal capacityWarnFraction,
        @DefaultValue("0.02") BigDecimal elementTolerance,
        Map<String, BigDecimal> elementToleranceByProcess,
        @DefaultValue("0.03") BigDecimal elementLossAllowance,
        @DefaultValue("0.01") BigDecimal transitLossTolerance,
        Map<String, BigDecimal> transitLossToleranceByMineral,
        @DefaultValue("1.4") double detourFactor,
        @DefaultValue("80") double maxSpeedKmh,
        @DefaultValue("4") double gradeOutlierMads,
        @DefaultValue("20") int gradeMinHistory,
        @DefaultValue("1.1") double gradeMinSpreadFactor,
        List<String> highRiskAreas,
        @DefaultValue("PT24H") Duration slaCritical,
        @DefaultValue("PT72H") Duration slaHigh,
        @DefaultValue("P7D") Duration slaMedium,
        @DefaultValue("P14D") Duration slaLow,
        @DefaultValue("P90D") Duration lossPatternWindow,
        @DefaultValue("40") int lossPatternTrips,
        @DefaultValue("10") int lossPatternMinTrips,
        @DefaultValue("0.003") BigDecimal lossPatternFloor,
        @DefaultValue("0.01") BigDecimal lossPatternSignificance,
        @DefaultValue("40") int underDeclaredPairs,
        @DefaultValue("10") int underDeclaredMinPairs,
        @DefaultValue("1.10") BigDecimal underDeclaredRatio,
        @DefaultValue("0.01") BigDecimal underDeclaredSignificance) {

    private static final Pattern AREA = Pattern.compile("PK-[A-Z]{2}(/[^/]+)?");

    OversightSettings {
        range("gps-tolerance-metres", gpsToleranceMetres, 0, 5000);
        range("capacity-warn-fraction", capacityWarnFraction.doubleValue(), 0.5, 1);
        range("element-tolerance", elementTolerance.doubleValue(), 0, 0.5);
        elementToleranceByProcess = Map.copyOf(elementToleranceByProcess == null ? Map.of() : elementToleranceByProcess);
        elementToleranceByProcess.forEach((p, t) -> range("element-tolerance-by-process." + p, t.doubleValue(), 0, 0.5));
        range("element-loss-allowance", elementLossAllowance.doubleValue(), 0, 0.5);
        range("transit-loss-tolerance", transitLossTolerance.doubleValue(), 0, 0.2);
        transitLossToleranceByMineral = Map.copyOf(transitLossToleranceByMineral == null ? Map.of() : transitLossToleranceByMineral);
        transitLossToleranceByMineral.forEach((m, t) -> range("transit-loss-tolerance-by-mineral." + m, t.doubleValue(), 0, 0.2));
        range("detour-factor", detourFactor, 1, 3);
        range("max-speed-kmh", maxSpeedKmh, 10, 200);
        range("grade-outlier-mads", gradeOutlierMads, 2, 50);
        range("grade-min-history", gradeMinHistory, 3, 1000);
        range("grade-min-spread-factor", gradeMinSpreadFactor, 1.01, 3);
        highRiskAreas = List.copyOf(highRiskAreas == null ? List.of() : highRiskAreas);
        for (String area : highRiskAreas) {
            if (!AREA.matcher(area).matches()) {
                throw new IllegalArgumentException("mizan.oversight.high-risk-areas: " + area
                        + " is neither a province code (PK-BA) nor a province and district (PK-BA/Chagai)");
            }
        }
        if (lossPatternWindow.compareTo(Duration.ofDays(1)) < 0 || lossPatternWindow.compareTo(Duration.ofDays(730)) > 0) {
            throw new IllegalArgumentException("mizan.oversight.loss-pattern-window: " + lossPatternWindow + " is not between a day and two years");
        }
        range("loss-pattern-trips", lossPatternTrips, 5, 1000);
        range("loss-pattern-min-trips", lossPatternMinTrips, 5, lossPatternTrips);
        range("loss-pattern-floor", lossPatternFloor.doubleValue(), 0, 0.2);
        range("loss-pattern-significance", lossPatternSignificance.doubleValue(), 0.000001, 0.2);
        range("under-declared-pairs", underDeclaredPairs, 5, 1000);
        range("under-declared-min-pairs", underDeclaredMinPairs, 5, underDeclaredPairs);
        range("under-declared-ratio", underDeclaredRatio.doubleValue(), 1, 3);
        range("under-declared-significance", underDeclaredSignificance.doubleValue(), 0.000001, 0.2);
        for (Duration sla : List.of(slaCritical, slaHigh, slaMedium, slaLow)) {
            if (sla.isNegative() || sla.isZero() || sla.compareTo(Duration.ofDays(365)) > 0) {
                throw new IllegalArgumentException("mizan.oversight.sla-*: " + sla + " is not between one second and a year");
            }
        }
    }

    /** Settings with every default, for tests and tools. */
    static OversightSettings defaults() {
        return new OversightSettings(100, new BigDecimal("0.9"), new BigDecimal("0.02"), Map.of(), new BigDecimal("0.03"),
                new BigDecimal("0.01"), Map.of(),
                1.4, 80, 4, 20, 1.1, List.of(), Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7), Duration.ofDays(14),
                Duration.ofDays(90), 40, 10, new BigDecimal("0.003"), new BigDecimal("0.01"), 40, 10, new BigDecimal("1.10"),
                new BigDecimal("0.01"));
    }

    BigDecimal elementTolerance(String process) {
        return elementToleranceByProcess.getOrDefault(process, elementTolerance);
    }

    BigDecimal transitLossTolerance(String mineral) {
        return transitLossToleranceByMineral.getOrDefault(mineral, transitLossTolerance);
    }

    Duration sla(Severity severity) {
        switch (severity) {
            case CRITICAL:
                return slaCritical;
            case HIGH:
                return slaHigh;
            case MEDIUM:
                return slaMedium;
            default:
                return slaLow;
        }
    }

    private static void range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("mizan.oversight." + name + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
