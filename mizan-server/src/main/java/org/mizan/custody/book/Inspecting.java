package org.mizan.custody.book;

import org.mizan.kernel.Grades;
import org.mizan.custody.AssayFacts;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.LotAssayed;

/**
 * Inspecting: a laboratory's grades update the elements it reports and keep the others, so a copper-only
 * assay of a copper-gold concentrate leaves its gold grade standing; the earlier grades go into the facts
 * for outlier checks.
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
        Grades updated = updated(lot, event.grades());
        grades.check(lot.id().value(), lot.material(), updated);
        staging.put(lot.assayed(event, updated));
        return new AssayFacts(event.eventId(), lot.id(), event.laboratory(), event.certificate(),
                lot.grades(), event.grades());
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
