package org.mizan.passport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.mizan.ledger.Ledger;
import org.mizan.log.passport.PassportFormat;
import org.mizan.log.passport.PassportRoyalties;

/**
 * The royalty section: each assessment of a chain's lot as committed, proven against the evidence's
 * checkpoint, with the amounts it comes to and, when its rate is Mizan's example, the notice that says so.
 */
final class RoyaltySection {

    private final Ledger ledger;

    RoyaltySection(Ledger ledger) {
        this.ledger = ledger;
    }

    PassportRoyalties royalties(List<ChainRoyalties.CommittedAssessment> assessments, long treeSize) {
        if (assessments.isEmpty()) {
            return new PassportRoyalties(PassportFormat.NOT_ASSESSED, PassportFormat.ROYALTIES_NONE, null, null, null, null);
        }
        Base64.Encoder base64 = Base64.getEncoder();
        List<List<byte[]>> proofs = ledger.inclusionProofs(assessments.stream().map(ChainRoyalties.CommittedAssessment::logIndex).toList(),
                treeSize);
        List<PassportRoyalties.Entry> entries = new ArrayList<>();
        BigDecimal usd = BigDecimal.ZERO;
        BigDecimal pkr = BigDecimal.ZERO;
        BigDecimal forgone = BigDecimal.ZERO;
        for (int i = 0; i < assessments.size(); i++) {
            ChainRoyalties.CommittedAssessment a = assessments.get(i);
            Map<String, Object> body = a.committed();
            String dueUsd = null;
            String duePkr = null;
            if (body.get("figures") instanceof Map<?, ?> figures) {
                dueUsd = (String) figures.get("dueUsd");
                duePkr = (String) figures.get("duePkr");
                usd = usd.add(new BigDecimal(dueUsd));
                pkr = pkr.add(new BigDecimal(duePkr));
                forgone = forgone.add(new BigDecimal((String) figures.get("forgoneUsd")));
            }
            boolean illustrative = body.get("rate") instanceof Map<?, ?> rate && Boolean.TRUE.equals(rate.get("illustrative"))
                    && body.get("figures") != null;
            entries.add(new PassportRoyalties.Entry(a.id(), a.lot(), dueUsd, duePkr, illustrative ? PassportFormat.ILLUSTRATIVE_RATE : null,
                    a.logIndex(), base64.encodeToString(a.salt()), proofs.get(i).stream().map(base64::encodeToString).toList(), body));
        }
        return new PassportRoyalties(PassportFormat.ROYALTIES_ASSESSED, PassportFormat.ROYALTIES_NOTE, entries, usd.toPlainString(),
                pkr.toPlainString(), forgone.toPlainString());
    }
}
