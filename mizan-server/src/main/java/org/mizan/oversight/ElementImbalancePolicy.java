package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A process whose element balance does not close. Its outputs carry more of an element than its inputs did, beyond the
 * process's assay tolerance: the signature of unrecorded feed. Custody already gives the surplus an unattributed share
 * of the outputs' origin; this rule puts it in front of a regulator. Or the plant declared its waste streams (tailings
 * or slag assayed for the element), and still more of the element went in than into all its outputs together, beyond
 * the loss allowance: a plant that accounts for its tailings has no recovery loss to hide feed in, so what it cannot
 * account for is judged against a small allowance for spillage and assay error, not against the recovery it claims.
 */
record ElementImbalancePolicy(OversightSettings settings) {

    /**
     * One element's contained mass in and out of a process, all outputs together; {@code wasteDeclared} when a tailings
     * or slag output states a grade of the element.
     */
    record Balance(ElementSymbol element, Mass input, Mass output, boolean wasteDeclared) {

        /** A balance of a process without declared waste, as every process was judged before output roles. */
        Balance(ElementSymbol element, Mass input, Mass output) {
            this(element, input, output, false);
        }
    }

    /** The subject of a run's findings. */
    record Run(String eventId, SiteId site, PartyId actor, String process, List<LotId> lots) {
    }

    List<Finding> check(String eventId, SiteId site, PartyId actor, String process, List<LotId> lots, List<Balance> balances) {
        Run run = new Run(eventId, site, actor, process, lots);
        BigDecimal tolerance = settings.elementTolerance(process);
        List<Finding> findings = new ArrayList<>();
        for (Balance b : balances) {
            if (exceeds(b.output(), b.input(), BigDecimal.ONE.add(tolerance))) {
                findings.add(surplus(run, b, tolerance));
            } else if (b.wasteDeclared() && b.input().isGreaterThan(b.output())
                    && exceeds(b.input().minus(b.output()), b.input(), settings.elementLossAllowance())) {
                findings.add(unaccounted(run, b));
            }
        }
        return findings;
    }

    // Exact, in grams: whether mass exceeds basis × factor.
    private static boolean exceeds(Mass mass, Mass basis, BigDecimal factor) {
        return BigDecimal.valueOf(mass.grams()).compareTo(BigDecimal.valueOf(basis.grams()).multiply(factor)) > 0;
    }

    private static Finding surplus(Run run, Balance b, BigDecimal tolerance) {
        Mass surplus = b.output().minus(b.input());
        BigDecimal share = BigDecimal.valueOf(surplus.grams()).divide(BigDecimal.valueOf(b.output().grams()), 4, RoundingMode.HALF_EVEN);
        return finding(run, b, "", Map.of("surplusKg", surplus.toKilogramsString(), "unattributedShare", share.toPlainString(),
                "tolerance", tolerance.toPlainString()),
                "Process " + run.process() + " at " + run.site() + " (event " + run.eventId() + ") put out " + b.output().toKilogramsString()
                        + " kg " + b.element() + " from inputs carrying " + b.input().toKilogramsString() + " kg: " + surplus.toKilogramsString()
                        + " kg surplus (" + percent(share) + " % of the output unattributed; tolerance " + percent(tolerance) + " %)");
    }

    private Finding unaccounted(Run run, Balance b) {
        Mass missing = b.input().minus(b.output());
        BigDecimal share = BigDecimal.valueOf(missing.grams()).divide(BigDecimal.valueOf(b.input().grams()), 4, RoundingMode.HALF_EVEN);
        BigDecimal allowance = settings.elementLossAllowance();
        return finding(run, b, "/unaccounted", Map.of("unaccountedKg", missing.toKilogramsString(), "unaccountedShare", share.toPlainString(),
                "lossAllowance", allowance.toPlainString()),
                "Process " + run.process() + " at " + run.site() + " (event " + run.eventId() + ") took in " + b.input().toKilogramsString()
                        + " kg " + b.element() + " and declared its tailings or slag, yet all its outputs carry " + b.output().toKilogramsString()
                        + " kg: " + missing.toKilogramsString() + " kg (" + percent(share) + " % of the input) unaccounted for, beyond the "
                        + percent(allowance) + " % allowed once waste is declared");
    }

    private static Finding finding(Run run, Balance b, String suffix, Map<String, String> own, String explanation) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("element", b.element().value());
        figures.put("inputKg", b.input().toKilogramsString());
        figures.put("outputKg", b.output().toKilogramsString());
        figures.putAll(own);
        figures.put("process", run.process());
        return new Finding(RuleCode.ELEMENT_IMBALANCE, Severity.HIGH, "ELEMENT_IMBALANCE/" + run.eventId() + "/" + b.element() + suffix,
                new Subject(run.lots(), List.of(run.site()), List.of(), List.of(run.actor())), List.of(run.eventId()), figures, explanation);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
