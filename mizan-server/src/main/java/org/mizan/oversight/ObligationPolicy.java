package org.mizan.oversight;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.contracts.MilestoneState;

/**
 * The contract rules, judged on each milestone's standing as the register computes it. A commitment's milestone
 * past its day with no evidence is {@code COMMITMENT_MILESTONE_OVERDUE}. An obligation's milestone past its day
 * and short is {@code OBLIGATION_OVERDUE}, except a local hiring quota whose last headcount came in below the
 * quota, which is {@code LOCAL_CONTENT_SHORTFALL}: the company reported, and what it reported falls short. A
 * milestone is judged once nothing has been entered on its obligation or commitment for the recording-quiet period,
 * and only once: its cause names it, so a later sweep raises nothing new.
 */
final class ObligationPolicy {

    private final Duration quiet;

    /** {@code quiet}: how long nothing must have been entered on an obligation or commitment before it is judged. */
    ObligationPolicy(Duration quiet) {
        this.quiet = quiet;
    }

    Optional<Finding> judge(MilestoneState m, Instant now) {
        // Evidence of an old milestone is often entered in several pieces, or backfilled all at once: judging between
        // two pieces would raise for good what the second piece answers.
        if (m.status() != MilestoneState.Status.OVERDUE || now.isBefore(m.lastRecorded().toInstant().plus(quiet))) {
            return Optional.empty();
        }
        boolean commitment = m.of() == MilestoneState.Of.COMMITMENT;
        boolean quotaShort = !commitment && "local-hiring-quota".equals(m.kind()) && !m.evidence().isEmpty();
        RuleCode rule = commitment ? RuleCode.COMMITMENT_MILESTONE_OVERDUE
                : quotaShort ? RuleCode.LOCAL_CONTENT_SHORTFALL : RuleCode.OBLIGATION_OVERDUE;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("contract", m.contract());
        figures.put(commitment ? "commitment" : "obligation", m.item());
        figures.put("milestone", m.milestone());
        figures.put("kind", m.kind());
        figures.put("due", m.due().toString());
        figures.put("required", m.required().toPlainString());
        figures.put("delivered", m.delivered().toPlainString());
        figures.put("unit", m.unit());
        figures.put("evidence", m.evidence());
        String explanation = commitment
                ? "Milestone " + m.milestone() + " of commitment " + m.contract() + " (" + m.kind() + ", " + m.beneficiary()
                        + " phase) was due by " + m.due() + " and no evidence of it is recorded."
                : quotaShort
                        ? "The local hiring quota " + m.item() + " of contract " + m.contract() + " for " + m.beneficiary() + " asked for "
                                + m.required().toPlainString() + " % local employees by " + m.due() + "; the latest headcount reported "
                                + m.delivered().toPlainString() + " %."
                        : "Obligation " + m.item() + " of contract " + m.contract() + " (" + m.kind() + " for " + m.beneficiary()
                                + ") required " + m.required().toPlainString() + " " + m.unit() + " by " + m.due() + "; evidence shows "
                                + m.delivered().toPlainString() + " " + m.unit() + " delivered.";
        Subject subject = new Subject(List.of(), List.of(), m.licences(), m.parties());
        Severity severity = commitment ? Severity.LOW : Severity.MEDIUM;
        return Optional.of(new Finding(rule, severity, rule + "/" + m.contract() + "/" + m.item() + "/" + m.milestone(), subject,
                List.of(), figures, explanation));
    }
}
