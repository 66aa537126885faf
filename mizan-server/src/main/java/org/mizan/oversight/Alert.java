package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;

/**
 * A raised red flag and its case. It changes only through {@link #transition}, which the
 * {@link CaseWorkflow} guards; each change yields the {@link AlertTransitioned} event that is logged.
 */
record Alert(String id, RuleCode rule, Severity severity, AlertStatus status, Optional<CaseFinding> finding,
        Optional<ProvinceCode> province, Subject subject, List<String> eventIds, Map<String, Object> figures, String explanation,
        OffsetDateTime raisedAt, OffsetDateTime dueAt, OffsetDateTime updatedAt, Recurrence recurrence, int score) {

    /** Whether the response deadline has passed without the case being resolved. */
    boolean overdue(OffsetDateTime now) {
        return status != AlertStatus.RESOLVED && now.isAfter(dueAt);
    }

    AlertTransitioned transition(AlertStatus to, Optional<CaseFinding> newFinding, Optional<String> note, String actor,
            OffsetDateTime at, String transitionId) {
        CaseWorkflow.check(this, to, newFinding, note);
        return new AlertTransitioned(transitionId, id, status, to, newFinding, note, actor, at);
    }

    Alert after(AlertTransitioned t) {
        if (!t.alertId().equals(id) || t.from() != status) {
            throw Rejection.conflict("stale-alert", "Alert " + id + " changed meanwhile");
        }
        return new Alert(id, rule, severity, t.to(), t.finding(), province, subject, eventIds, figures, explanation, raisedAt, dueAt, t.at(),
                recurrence, score);
    }
}
