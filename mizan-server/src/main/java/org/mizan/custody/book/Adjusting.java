package org.mizan.custody.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import org.mizan.custody.AdjustmentFacts;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.LotAdjusted;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.Mass;

/**
 * Moisture and sampling: part of a lot's mass is removed without being lost. A sample leaves at the lot's grades;
 * water leaves no metal, so each grade rises by the wet mass over the dry one and every element's contained mass
 * stays what it was (ADR 0014, "Moisture and sampling").
 */
final class Adjusting {

    /** A tenth of a percentage point of moisture: what a stated moisture and the mass removed may disagree by. */
    static final BigDecimal MOISTURE_TOLERANCE = new BigDecimal("0.001");

    private final Sites sites;
    private final StoichiometricGradePolicy grades;

    Adjusting(Sites sites, StoichiometricGradePolicy grades) {
        this.sites = sites;
        this.grades = grades;
    }

    AdjustmentFacts apply(LotAdjusted event, Staging staging) {
        Lot lot = staging.existing(event.lot());
        event.laboratory().ifPresent(sites::require);
        Lot after = lot.adjusted(event, before -> regraded(before, event));
        staging.put(after);
        return new AdjustmentFacts(event.eventId(), lot.id(), lot.site(), event.kind(), event.mass(), after.availableMass(),
                lot.grades(), after.grades());
    }

    private Grades regraded(Lot lot, LotAdjusted event) {
        if (event.kind() == LotAdjusted.Kind.SAMPLING) {
            return lot.grades();
        }
        Mass wet = lot.availableMass();
        Mass dry = wet.minus(event.mass());
        event.moisture().ifPresent(moisture -> requireConsistent(lot, event.mass(), moisture));
        Grades dried = dried(lot, wet, dry);
        grades.check(lot.id().value(), lot.material(), dried);
        return dried;
    }

    /**
     * Each grade times wet over dry mass, rounded half-even to the twelve decimals a grade holds: the contained mass
     * at the dry mass then differs from the wet one by under a gram for any lot below a million tonnes.
     */
    private static Grades dried(Lot lot, Mass wet, Mass dry) {
        BigDecimal factor = BigDecimal.valueOf(wet.grams());
        BigDecimal divisor = BigDecimal.valueOf(dry.grams());
        Map<ElementSymbol, Grade> raised = new TreeMap<>();
        try {
            lot.grades().fractions().forEach((element, grade) -> raised.put(element,
                    new Grade(grade.fraction().multiply(factor).divide(divisor, Grade.MAX_SCALE, RoundingMode.HALF_EVEN))));
            return Grades.of(raised);
        } catch (IllegalArgumentException e) {
            throw new CustodyViolation(CustodyRule.GRADES_ABOVE_WHOLE, "lot " + lot.id() + " graded " + lot.grades() + " would hold "
                    + "more than its whole mass once dried from " + wet + " to " + dry + ": " + e.getMessage());
        }
    }

    private static void requireConsistent(Lot lot, Mass removed, BigDecimal moisture) {
        BigDecimal wet = BigDecimal.valueOf(lot.availableMass().grams());
        BigDecimal water = wet.multiply(moisture);
        BigDecimal gap = water.subtract(BigDecimal.valueOf(removed.grams())).abs();
        if (gap.compareTo(wet.multiply(MOISTURE_TOLERANCE)) > 0) {
            throw new CustodyViolation(CustodyRule.MOISTURE_INCONSISTENT, "lot " + lot.id() + " holds " + lot.availableMass()
                    + ", so a moisture of " + moisture.toPlainString() + " is " + Mass.ofGrams(water.setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact()) + " of water, not the " + removed + " removed (tolerance " + MOISTURE_TOLERANCE.toPlainString() + ")");
        }
    }
}
