package org.mizan.fiscal.web;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.mizan.fiscal.royalty.RoyaltyLedger;

/** What the royalty endpoints answer: each row as the log committed it, with its log entry. */
final class RoyaltyViews {

    private RoyaltyViews() {
    }

    record RateView(String id, long logIndex, boolean illustrative, String notice, Map<String, Object> row) {

        static RateView of(org.mizan.fiscal.royalty.RateRows.Committed c) {
            return new RateView(c.row().id(), c.logIndex(), c.row().illustrative(),
                    c.row().illustrative() ? org.mizan.fiscal.royalty.RateRow.ILLUSTRATIVE : null, c.row().committedForm());
        }
    }

    record PriceView(String id, long logIndex, Map<String, Object> price) {

        static PriceView of(org.mizan.fiscal.royalty.PriceRows.Committed c) {
            return new PriceView(c.row().id(), c.logIndex(), c.row().committedForm());
        }
    }

    record ExchangeView(String id, String day, String pkrPerUsd, String source, long logIndex) {

        static ExchangeView of(org.mizan.fiscal.royalty.ExchangeRates.Rate r) {
            return new ExchangeView(r.id(), r.day().toString(), r.pkrPerUsd().toPlainString(), r.source(), r.logIndex());
        }
    }

    record IncentiveView(String id, long logIndex, Map<String, Object> incentive) {

        static IncentiveView of(org.mizan.fiscal.royalty.IncentiveRows.Committed c) {
            return new IncentiveView(c.row().id(), c.logIndex(), c.row().committedForm());
        }
    }

    record AssessmentView(String id, String lot, long logIndex, String salt, Map<String, Object> assessment) {

        static AssessmentView of(org.mizan.fiscal.royalty.Assessments.Stored s) {
            return new AssessmentView(s.id(), s.lot(), s.logIndex(), Base64.getEncoder().encodeToString(s.salt()), s.body());
        }
    }

    record Progress(long assessedThrough, long committedThrough) {

        static Progress of(RoyaltyLedger.Progress p) {
            return new Progress(p.assessedThrough(), p.committedThrough());
        }
    }

    record AssessmentPage(List<AssessmentView> assessments, Progress progress) {
    }
}
