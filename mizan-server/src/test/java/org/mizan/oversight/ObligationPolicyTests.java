package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.contracts.MilestoneState;

class ObligationPolicyTests {

    private final ObligationPolicy policy = new ObligationPolicy();

    private static MilestoneState state(MilestoneState.Of of, String kind, MilestoneState.Status status, List<Integer> evidence) {
        return new MilestoneState(of, "c", "o", "m", kind, "Chagai", LocalDate.of(2026, 6, 30), new BigDecimal("60"),
                new BigDecimal("59.50"), "PERCENT", status, List.of(), Optional.empty(), List.of(), evidence);
    }

    @Test
    void onlyOverdueMilestonesFireAndEachUnderItsRule() {
        for (MilestoneState.Status quiet : List.of(MilestoneState.Status.DUE, MilestoneState.Status.PARTLY_DELIVERED, MilestoneState.Status.DELIVERED)) {
            assertThat(policy.judge(state(MilestoneState.Of.OBLIGATION, "training", quiet, List.of()))).isEmpty();
        }
        assertThat(policy.judge(state(MilestoneState.Of.OBLIGATION, "local-hiring-quota", MilestoneState.Status.OVERDUE, List.of(1)))
                .map(Finding::rule)).contains(RuleCode.LOCAL_CONTENT_SHORTFALL);
        assertThat(policy.judge(state(MilestoneState.Of.OBLIGATION, "local-hiring-quota", MilestoneState.Status.OVERDUE, List.of()))
                .map(Finding::rule)).contains(RuleCode.OBLIGATION_OVERDUE);
        Finding commitment = policy.judge(state(MilestoneState.Of.COMMITMENT, "first-export", MilestoneState.Status.OVERDUE, List.of())).orElseThrow();
        assertThat(commitment.rule()).isEqualTo(RuleCode.COMMITMENT_MILESTONE_OVERDUE);
        assertThat(commitment.cause()).isEqualTo("COMMITMENT_MILESTONE_OVERDUE/c/o/m");
    }
}
