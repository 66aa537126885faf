package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A process that outputs more of an element than its inputs carried, beyond the process's assay
 * tolerance: the signature of unrecorded feed. Custody already gives the surplus an unattributed share
 * of the outputs' origin; this rule puts it in front of a regulator.
 */
record ElementImbalancePolicy(OversightSettings settings) {

    /** One element's contained mass in and out of a process. */
    record Balance(ElementSymbol element, Mass input, Mass output) {
    }

    List<Finding> check(String eventId, SiteId site, PartyId actor, String process, List<LotId> lots, List<Balance> balances) {
        BigDecimal tolerance = settings.elementTolerance(process);
        List<Finding> findings = new ArrayList<>();
        for (Balance b : balances) {
            BigDecimal allowed = BigDecimal.valueOf(b.input().grams()).multiply(BigDecimal.ONE.add(tolerance));
            if (BigDecimal.valueOf(b.output().grams()).compareTo(allowed) <= 0) {
                continue;
            }
            Mass surplus = b.output().minus(b.input());
            BigDecimal share = BigDecimal.valueOf(surplus.grams()).divide(BigDecimal.valueOf(b.output().grams()), 4, RoundingMode.HALF_EVEN);
            findings.add(new Finding(RuleCode.ELEMENT_IMBALANCE, Severity.HIGH, "ELEMENT_IMBALANCE/" + eventId + "/" + b.element(),
                    new Subject(lots, List.of(site), List.of(), List.of(actor)), List.of(eventId),
                    Map.of("element", b.element().value(), "inputKg", b.input().toKilogramsString(), "outputKg", b.output().toKilogramsString(),
                            "surplusKg", surplus.toKilogramsString(), "unattributedShare", share.toPlainString(),
                            "tolerance", tolerance.toPlainString(), "process", process),
                    "Process " + process + " at " + site + " (event " + eventId + ") put out " + b.output().toKilogramsString() + " kg "
                            + b.element() + " from inputs carrying " + b.input().toKilogramsString() + " kg: " + surplus.toKilogramsString()
                            + " kg surplus (" + share.movePointRight(2).stripTrailingZeros().toPlainString()
                            + " % of the output unattributed; tolerance " + tolerance.movePointRight(2).stripTrailingZeros().toPlainString() + " %)"));
        }
        return findings;
    }
}
