package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * Laundering spread over many runs: a plant that adds 1.5 % of unrecorded feed to every run, where each run is
 * forgiven 2 % for assay error, is never seen run by run. Assay errors of independent runs partly cancel in a
 * sum and unrecorded feed does not, so over a plant's recent runs of an element (the settings' window) the
 * outputs may exceed the inputs by at most the per-run tolerance divided by the square root of the runs, never
 * by less than the floor. The rule fires on a run that put out more than it took in, once the window holds
 * the minimum number of runs and its sum breaks that bound. A run beyond the per-run tolerance is the per-run
 * rule's; it still counts in the sum.
 */
record ElementBalancePatternPolicy(BalancePatternSettings settings) {

    /** The run being judged. */
    record Run(String eventId, SiteId site, PartyId actor, String process, List<LotId> lots, ElementSymbol element, BigDecimal tolerance) {
    }

    /** {@code window} holds the plant's recent runs of the element, this one included, most recent first. */
    Optional<Finding> check(Run run, List<PlantRun> window) {
        if (window.isEmpty() || !window.get(0).surplus() || window.size() < settings.minRuns()) {
            return Optional.empty();
        }
        long in = window.stream().mapToLong(PlantRun::inputGrams).sum();
        long out = window.stream().mapToLong(PlantRun::outputGrams).sum();
        BigDecimal allowed = allowed(run.tolerance(), window.size());
        // Exact, in grams, as the per-run rule compares.
        if (in == 0 || BigDecimal.valueOf(out).compareTo(BigDecimal.valueOf(in).multiply(BigDecimal.ONE.add(allowed))) <= 0) {
            return Optional.empty();
        }
        List<String> surplusRuns = new ArrayList<>(window.stream().filter(PlantRun::surplus).map(PlantRun::eventId).toList());
        Collections.reverse(surplusRuns);
        BigDecimal excess = BigDecimal.valueOf(out - in).divide(BigDecimal.valueOf(in), 6, RoundingMode.HALF_EVEN);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("element", run.element().value());
        f.put("process", run.process());
        f.put("runs", window.size());
        f.put("runsWithSurplus", surplusRuns.size());
        f.put("inputKg", Mass.ofGrams(in).toKilogramsString());
        f.put("outputKg", Mass.ofGrams(out).toKilogramsString());
        f.put("surplusKg", Mass.ofGrams(out - in).toKilogramsString());
        f.put("surplusShare", excess.toPlainString());
        f.put("allowed", allowed.stripTrailingZeros().toPlainString());
        f.put("perRunTolerance", run.tolerance().toPlainString());
        f.put("floor", settings.floor().toPlainString());
        f.put("windowDays", settings.window().toDays());
        String explanation = surplusRuns.size() + " of the last " + window.size() + " " + run.process() + " runs at " + run.site()
                + " put out more " + run.element() + " than they took in: " + Mass.ofGrams(out).toKilogramsString() + " kg out of inputs carrying "
                + Mass.ofGrams(in).toKilogramsString() + " kg, " + Mass.ofGrams(out - in).toKilogramsString() + " kg or " + percent(excess)
                + " % more. Each run is forgiven " + percent(run.tolerance()) + " % for assay error; over " + window.size()
                + " runs such errors cancel to within " + percent(allowed) + " %, and unrecorded feed does not (latest run: event "
                + run.eventId() + ").";
        return Optional.of(new Finding(RuleCode.ELEMENT_IMBALANCE_PATTERN, Severity.HIGH,
                RuleCode.ELEMENT_IMBALANCE_PATTERN + "/" + run.eventId() + "/" + run.element(),
                new Subject(run.lots(), List.of(run.site()), List.of(), List.of(run.actor())), surplusRuns, f, explanation));
    }

    /** The per-run tolerance over the square root of the runs, at least the floor, to six decimals (rounded up). */
    BigDecimal allowed(BigDecimal tolerance, int runs) {
        BigDecimal shrunk = tolerance.divide(BigDecimal.valueOf(runs).sqrt(MathContext.DECIMAL64), 6, RoundingMode.CEILING);
        return shrunk.max(settings.floor());
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
