package org.mizan.oversight;

import java.util.Optional;

/**
 * Which findings fold into one alert. A rule that judges a place rather than a trip raises the same
 * red flag on every event at that place: a mine in a high-risk district or tagging outside its area, a
 * plant whose balance is off, a site whose grades stray or whose declared grades the assays keep finding
 * too low; and so does a loss pattern on every short
 * trip of its operator's route while the pattern holds, and a holder booking one pit to several of its licences. One alert per such subject, counting its
 * occurrences, tells the regulator as much as a thousand and can be read; so does a licence whose royalties go
 * unpaid dispatch after dispatch, and a reconciliation line whose difference moves. A finding about one trip or
 * one capacity crossing stays an alert of its own, and so does every extraction under a licence not in
 * force: each is an illegal extraction with its own day and status. A resolved alert takes no more
 * occurrences: the same pattern after a finding opens a new case.
 */
final class AlertFolding {

    /** The subject a finding folds on, if its rule folds. */
    Optional<String> key(Finding f) {
        String site = f.subject().sites().isEmpty() ? "" : f.subject().sites().get(0).value();
        Object element = f.figures().getOrDefault("element", "");
        switch (f.rule()) {
            case HIGH_RISK_ORIGIN:
            case OUTSIDE_LICENCE_AREA:
                return Optional.of(f.rule() + "/" + site);
            case GRADE_OUTLIER:
            case GRADE_UNDER_DECLARED:
            case ELEMENT_IMBALANCE:
            case ELEMENT_IMBALANCE_PATTERN:
                return Optional.of(f.rule() + "/" + site + "/" + element);
            case TRANSIT_LOSS_PATTERN:
                return Optional.of(f.rule() + "/" + f.figures().get("operator") + "/" + f.figures().get("from") + "/" + f.figures().get("to"));
            case LICENCE_HOPPING:
                return Optional.of(f.rule() + "/" + f.figures().get("holder"));
            case ROYALTY_UNPAID:
            case ROYALTY_SHORTFALL:
                return Optional.of(f.rule() + "/" + f.figures().get("licence"));
            case PAYMENT_RECEIPT_MISMATCH:
                return Optional.of(f.rule() + "/" + f.figures().get("fiscalYear") + "/" + f.figures().get("gfsCode") + "/" + f.figures().get("company")
                        + "/" + f.figures().get("licence") + "/" + f.figures().get("currency"));
            default:
                return Optional.empty();
        }
    }
}
