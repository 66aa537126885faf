package org.mizan.custody.book;

import org.mizan.custody.AssayFacts;
import org.mizan.custody.LotAssayed;

/** Inspecting: a laboratory's grades replace the lot's; the earlier grades go into the facts for outlier checks. */
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
        grades.check(lot.id().value(), lot.material(), event.grades());
        staging.put(lot.assayed(event));
        return new AssayFacts(event.eventId(), event.lot(), event.laboratory(), event.certificate(),
                lot.grades(), event.grades());
    }
}
