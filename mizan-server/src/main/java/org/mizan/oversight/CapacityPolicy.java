package org.mizan.oversight;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.Mass;

/**
 * A licence's extraction of a mineral in a calendar year against its licensed annual capacity: a
 * warning when the total crosses the warning fraction, an alert when it crosses the capacity. Each
 * crossing is raised once, on the extraction that crossed it. The year is the province's calendar
 * year ({@code mizan.registry.time-zone}): ore dug at 02:00 on 1 January in Pakistan counts towards the
 * new year though the event's time may be written in UTC, on the 31st.
 */
record CapacityPolicy(BigDecimal warnFraction) {

    /** The calendar year an instant falls in, in the province's time zone. */
    static int year(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).getYear();
    }

    /** {@code before} is the licence's extraction of the mineral earlier in the same year of {@code zone}. */
    List<Finding> check(Extraction e, BigDecimal capacityTonnes, Mass before, ZoneId zone) {
        long capacity = capacityTonnes.movePointRight(6).longValue();
        long warning = capacityTonnes.multiply(warnFraction).movePointRight(6).longValue();
        long after = before.grams() + e.mass().grams();
        int year = year(e.time(), zone);
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
