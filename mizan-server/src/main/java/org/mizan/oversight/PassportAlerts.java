package org.mizan.oversight;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.mizan.custody.Custody;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;
import org.mizan.passport.AlertSummary;
import org.mizan.passport.ChainAlerts;
import org.mizan.passport.OversightProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives passports the alerts touching a chain. Evaluation is brought up to date first, within a
 * budget ({@code mizan.oversight.passport-catch-up}, 2 s by default): a passport assembled between a
 * commit and its evaluation would otherwise omit an alert it should show, but a lagging or failing
 * evaluator must not hold a passport up or fail it. The passport says how far oversight had got.
 */
@Component
class PassportAlerts implements ChainAlerts {

    // A contract's overdue obligation is about the agreement over a licence, not about the chain that passed
    // through it: a passport's alerts are custody and fiscal findings; the contract pages carry these.
    private static final java.util.Set<String> CONTRACT_RULES = java.util.Set.of(RuleCode.OBLIGATION_OVERDUE.name(),
            RuleCode.LOCAL_CONTENT_SHORTFALL.name(), RuleCode.COMMITMENT_MILESTONE_OVERDUE.name());

    private final Evaluator evaluator;
    private final FiscalWatch fiscal;
    private final Oversight oversight;
    private final Custody custody;
    private final Duration catchUp;

    PassportAlerts(Evaluator evaluator, FiscalWatch fiscal, Oversight oversight, Custody custody,
            @Value("${mizan.oversight.passport-catch-up:PT2S}") Duration catchUp) {
        if (catchUp.isNegative() || catchUp.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("mizan.oversight.passport-catch-up must be between 0 and 1 minute, got " + catchUp);
        }
        this.evaluator = evaluator;
        this.fiscal = fiscal;
        this.oversight = oversight;
        this.custody = custody;
        this.catchUp = catchUp;
    }

    @Override
    public OversightProgress progress() {
        return new OversightProgress(evaluator.cursor(), custody.lastCommittedSeq(), evaluator.setAsideCount());
    }

    @Override
    public List<AlertSummary> alertsTouching(Collection<String> lots, Collection<String> sites, Collection<String> licences) {
        evaluator.catchUp(catchUp);
        fiscal.catchUp(catchUp);
        return oversight.alertsTouching(lots.stream().map(LotId::new).toList(), sites.stream().map(SiteId::new).toList(),
                        licences.stream().map(LicenceNumber::new).toList()).stream()
                .filter(a -> !CONTRACT_RULES.contains(a.rule()))
                .map(a -> new AlertSummary(a.id(), a.rule(), a.severity(), a.status(), a.finding().orElse(null),
                        a.raisedAt().toInstant(), a.explanation()))
                .toList();
    }
}
