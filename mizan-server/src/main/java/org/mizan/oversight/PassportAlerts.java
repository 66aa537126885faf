package org.mizan.oversight;

import java.util.Collection;
import java.util.List;

import org.mizan.custody.Custody;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;
import org.mizan.passport.AlertSummary;
import org.mizan.passport.ChainAlerts;
import org.mizan.passport.OversightProgress;
import org.springframework.stereotype.Component;

/**
 * Gives passports the alerts touching a chain. Evaluation is brought up to date first: a passport
 * assembled between a commit and its evaluation would otherwise omit an alert it should show.
 */
@Component
class PassportAlerts implements ChainAlerts {

    private final Evaluator evaluator;
    private final Oversight oversight;

    private final Custody custody;

    PassportAlerts(Evaluator evaluator, Oversight oversight, Custody custody) {
        this.evaluator = evaluator;
        this.oversight = oversight;
        this.custody = custody;
    }

    @Override
    public OversightProgress progress() {
        return new OversightProgress(evaluator.cursor(), custody.lastCommittedSeq(), 0);
    }

    @Override
    public List<AlertSummary> alertsTouching(Collection<String> lots, Collection<String> sites, Collection<String> licences) {
        evaluator.drain();
        return oversight.alertsTouching(lots.stream().map(LotId::new).toList(), sites.stream().map(SiteId::new).toList(),
                        licences.stream().map(LicenceNumber::new).toList()).stream()
                .map(a -> new AlertSummary(a.id(), a.rule(), a.severity(), a.status(), a.finding().orElse(null),
                        a.raisedAt().toInstant(), a.explanation()))
                .toList();
    }
}
