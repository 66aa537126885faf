package org.mizan.oversight;

import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.kernel.LotId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.Rejection;

class CaseWorkflowTests {

    private static final OffsetDateTime RAISED = OffsetDateTime.parse("2025-09-01T00:00:00Z");

    private static Alert open() {
        return new Alert("AL-1", RuleCode.TRANSIT_LOSS, Severity.MEDIUM, AlertStatus.OPEN, Optional.empty(), Optional.of(new ProvinceCode("PK-BA")),
                new Subject(List.of(new LotId("L")), List.of(new SiteId("ss")), List.of(), List.of(new PartyId("pp"))), List.of("e"), Map.of(), "why", RAISED,
                RAISED.plusDays(7), RAISED, Recurrence.once(RAISED), 40);
    }

    private static Alert move(Alert alert, AlertStatus to, CaseFinding finding, String note) {
        return alert.after(alert.transition(to, Optional.ofNullable(finding), Optional.ofNullable(note), "reg", RAISED.plusHours(1), "t"));
    }

    private static Rejection.Kind refusal(Alert alert, AlertStatus to, CaseFinding finding, String note) {
        try {
            move(alert, to, finding, note);
        } catch (Rejection r) {
            return r.kind();
        }
        throw new AssertionError("allowed");
    }

    @Test
    void aCaseMovesForwardAndIsResolvedWithAFinding() {
        Alert resolved = move(move(move(open(), AlertStatus.ACKNOWLEDGED, null, null), AlertStatus.ESCALATED, null, "to the inspector"),
                AlertStatus.RESOLVED, CaseFinding.CONFIRMED, null);
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.finding()).contains(CaseFinding.CONFIRMED);
        assertThat(resolved.overdue(RAISED.plusDays(30))).isFalse();
    }

    @Test
    void resolvingNeedsAFindingAndOnlyResolvingTakesOne() {
        assertThat(refusal(open(), AlertStatus.RESOLVED, null, null)).isEqualTo(Rejection.Kind.INVALID);
        assertThat(refusal(open(), AlertStatus.ACKNOWLEDGED, CaseFinding.CONFIRMED, null)).isEqualTo(Rejection.Kind.INVALID);
    }

    @Test
    void reopeningNeedsANoteAndClearsTheFinding() {
        Alert resolved = move(open(), AlertStatus.RESOLVED, CaseFinding.FALSE_ALARM, null);
        assertThat(refusal(resolved, AlertStatus.ACKNOWLEDGED, null, null)).isEqualTo(Rejection.Kind.INVALID);
        Alert reopened = move(resolved, AlertStatus.ESCALATED, null, "weighbridge records disagree");
        assertThat(reopened.finding()).isEmpty();
    }

    @Test
    void noStandingStillNoDeEscalationNoReturnToOpen() {
        assertThat(refusal(move(open(), AlertStatus.ACKNOWLEDGED, null, null), AlertStatus.ACKNOWLEDGED, null, null))
                .isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(refusal(move(open(), AlertStatus.ESCALATED, null, null), AlertStatus.ACKNOWLEDGED, null, null))
                .isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(refusal(open(), AlertStatus.OPEN, null, null)).isEqualTo(Rejection.Kind.INVALID);
    }

    @Test
    void anUnresolvedCaseIsOverdueAfterItsDeadline() {
        assertThat(open().overdue(RAISED.plusDays(7))).isFalse();
        assertThat(open().overdue(RAISED.plusDays(7).plusSeconds(1))).isTrue();
    }

    @Test
    void theLoggedTransitionSaysWhoMovedWhatAndWhy() {
        Alert alert = open();
        assertThat(alert.transition(AlertStatus.RESOLVED, Optional.of(CaseFinding.INCONCLUSIVE), Optional.of("no scale data"), "reg",
                RAISED, "AL-1-T1").recorded())
                .containsEntry("alert", "AL-1").containsEntry("from", "open").containsEntry("to", "resolved")
                .containsEntry("finding", "inconclusive").containsEntry("note", "no scale data").containsEntry("actor", "reg");
    }
}
