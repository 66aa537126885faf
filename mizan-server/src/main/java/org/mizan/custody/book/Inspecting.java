package org.mizan.custody.book;

import org.mizan.kernel.Grades;
import org.mizan.custody.AssayFacts;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.LotAssayed;

/**
 * Inspecting: a laboratory's grades update the elements it reports and keep the others, so a copper-only
 * assay of a copper-gold concentrate leaves its gold grade standing; an oxide it reports updates its element.
 * The earlier grades go into the facts for outlier checks, with the oxide figures as reported.
 */
final class Inspecting {

    private final Sites sites;
    private final StoichiometricGradePolicy grades;

    Inspecting(Sites sites, StoichiometricGradePolicy grades) {
        this.sites = sites;
        this.grades = grades;
    }

    AssayFacts apply(LotAssayed event, Staging staging) {
        Lot lot = staging.existing(event.lot());
        sites.require(event.laboratory());
        Grades applied = event.applied();
        Grades updated = updated(lot, applied);
        grades.check(lot.id().value(), lot.material(), updated);
        staging.put(lot.assayed(event, updated));
        return new AssayFacts(event.eventId(), lot.id(), event.laboratory(), event.certificate(),
                lot.grades(), applied, event.oxides().reported());
    }

    // The reported grades sum to at most 1 by construction; with the kept ones they may not.
    private static Grades updated(Lot lot, Grades reported) {
        try {
            return lot.grades().updatedBy(reported);
        } catch (IllegalArgumentException e) {
            throw new CustodyViolation(CustodyRule.GRADES_ABOVE_WHOLE, "lot " + lot.id() + " graded " + lot.grades()
                    + " and assayed " + reported + " would hold more than its whole mass: " + e.getMessage());
        }
    }
}
