package org.mizan.custody.book;

import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.ExtractionFacts;
import org.mizan.custody.LotExtracted;

/** Commissioning: a new lot at a mine, its origin wholly the mine's licence (or unattributed if it has none). */
final class Extracting {

    private final Sites sites;
    private final Catalogue catalogue;
    private final StoichiometricGradePolicy grades;

    Extracting(Sites sites, Catalogue catalogue, StoichiometricGradePolicy grades) {
        this.sites = sites;
        this.catalogue = catalogue;
        this.grades = grades;
    }

    ExtractionFacts apply(LotExtracted event, Staging staging) {
        if (staging.exists(event.lot())) {
            throw new CustodyViolation(CustodyRule.LOT_EXISTS, "lot " + event.lot() + " is already on the books");
        }
        SiteProfile mine = sites.require(event.site());
        if (mine.kind() != SiteKind.MINE) {
            throw new CustodyViolation(CustodyRule.NOT_A_MINE,
                    "lot " + event.lot() + " extracted at " + event.site() + ", a " + mine.kind());
        }
        if (!mine.operator().equals(event.actor())) {
            throw new CustodyViolation(CustodyRule.NOT_SITE_OPERATOR,
                    "lot " + event.lot() + " extracted by " + event.actor() + " at " + event.site() + ", operated by " + mine.operator());
        }
        catalogue.requirePrimaryElement(event.material());
        grades.check(event.lot().value(), event.material(), event.grades());
        OriginVector origin = mine.licence().map(OriginVector::licensed).orElseGet(OriginVector::unattributed);
        staging.put(Lot.extracted(event, origin));
        return new ExtractionFacts(event.eventId(), event.lot(), event.site(), mine.operator(), mine.licence(),
                event.location(), event.mass(), event.time());
    }
}
