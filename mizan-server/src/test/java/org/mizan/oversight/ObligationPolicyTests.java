package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.contracts.MilestoneState;

class ObligationPolicyTests {

    private static final OffsetDateTime ENTERED = OffsetDateTime.parse("2026-07-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-07-10T09:10:00Z");
    private final ObligationPolicy policy = new ObligationPolicy(Duration.ofMinutes(10));

    private static MilestoneState state(MilestoneState.Of of, String kind, MilestoneState.Status status, List<Integer> evidence) {
        return new MilestoneState(of, "c", "o", "m", kind, "Chagai", LocalDate.of(2026, 6, 30), new BigDecimal("60"),
                new BigDecimal("59.50"), "PERCENT", status, List.of(), Optional.empty(), List.of(), evidence, ENTERED);
    }

    @Test
    void anObligationIsJudgedOnlyOnceItsEntriesHaveGoneQuiet() {
        MilestoneState overdue = state(MilestoneState.Of.OBLIGATION, "training", MilestoneState.Status.OVERDUE, List.of());
        assertThat(policy.judge(overdue, LATER.minusNanos(1000))).isEmpty();
        assertThat(policy.judge(overdue, LATER).map(Finding::rule)).contains(RuleCode.OBLIGATION_OVERDUE);
    }

    private Optional<Finding> judge(MilestoneState m) {
        return policy.judge(m, LATER);
    }

    @Test
    void onlyOverdueMilestonesFireAndEachUnderItsRule() {
        for (MilestoneState.Status quiet : List.of(MilestoneState.Status.DUE, MilestoneState.Status.PARTLY_DELIVERED, MilestoneState.Status.DELIVERED)) {
            assertThat(judge(state(MilestoneState.Of.OBLIGATION, "training", quiet, List.of()))).isEmpty();
        }
        assertThat(judge(state(MilestoneState.Of.OBLIGATION, "local-hiring-quota", MilestoneState.Status.OVERDUE, List.of(1)))
                .map(Finding::rule)).contains(RuleCode.LOCAL_CONTENT_SHORTFALL);
        assertThat(judge(state(MilestoneState.Of.OBLIGATION, "local-hiring-quota", MilestoneState.Status.OVERDUE, List.of()))
                .map(Finding::rule)).contains(RuleCode.OBLIGATION_OVERDUE);
        Finding commitment = judge(state(MilestoneState.Of.COMMITMENT, "first-export", MilestoneState.Status.OVERDUE, List.of())).orElseThrow();
        assertThat(commitment.rule()).isEqualTo(RuleCode.COMMITMENT_MILESTONE_OVERDUE);
        assertThat(commitment.cause()).isEqualTo("COMMITMENT_MILESTONE_OVERDUE/c/o/m");
    }
}
