package org.mizan.oversight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.Mass;

/**
 * A licence's extraction of a mineral in a calendar year against its licensed annual capacity: a
 * warning when the total crosses the warning fraction, an alert when it crosses the capacity. Each
 * crossing is raised once, on the extraction that crossed it.
 */
record CapacityPolicy(BigDecimal warnFraction) {

    List<Finding> check(Extraction e, BigDecimal capacityTonnes, Mass before) {
        long capacity = capacityTonnes.movePointRight(6).longValue();
        long warning = capacityTonnes.multiply(warnFraction).movePointRight(6).longValue();
        long after = before.grams() + e.mass().grams();
        int year = e.time().getYear();
        List<Finding> findings = new ArrayList<>();
        if (before.grams() <= warning && after > warning && after <= capacity) {
            findings.add(finding(e, Severity.LOW, "warning", year, capacityTonnes, before, after,
                    "passed " + warnFraction.movePointRight(2).stripTrailingZeros().toPlainString() + " % of"));
        }
        if (before.grams() <= capacity && after > capacity) {
            findings.add(finding(e, Severity.HIGH, "exceeded", year, capacityTonnes, before, after, "exceeded"));
        }
        return findings;
    }

    private static Finding finding(Extraction e, Severity severity, String level, int year, BigDecimal capacity, Mass before,
            long after, String verb) {
        Mass total = Mass.ofGrams(after);
        return new Finding(RuleCode.OVER_CAPACITY, severity,
                "OVER_CAPACITY/" + e.licenceName() + "/" + e.mineral() + "/" + year + "/" + level, e.subject(), List.of(e.eventId()),
                Map.of("level", level, "year", year, "mineral", e.mineral(), "capacityTonnes", capacity.toPlainString(),
                        "extractedBeforeKg", before.toKilogramsString(), "extractedKg", total.toKilogramsString()),
                "Licence " + e.licenceName() + " " + verb + " its " + capacity.toPlainString() + " t annual " + e.mineral()
                        + " capacity in " + year + ": " + total.toKilogramsString() + " kg extracted after lot " + e.lot()
                        + " (event " + e.eventId() + ")");
    }
}
