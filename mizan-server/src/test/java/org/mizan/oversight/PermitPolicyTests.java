package org.mizan.oversight;

import org.mizan.kernel.LotId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PermitPolicyTests {

    private final PermitPolicy policy = new PermitPolicy();

    @Test
    void payloadFiresOnlyAboveTheVehiclesPayload() {
        assertThat(policy.payload(RuleFixtures.dispatch("A", "40000", "40000", RuleFixtures.T0))).isEmpty();
        Finding f = policy.payload(RuleFixtures.dispatch("A", "40000.001", "40000", RuleFixtures.T0)).orElseThrow();
        assertThat(f.figures()).containsEntry("violation", "payload").containsEntry("maxPayloadKg", "40000");
    }

    @Test
    void windowFiresOnlyForAReceiptOutsideIt() {
        var until = RuleFixtures.T0.plusHours(10);
        assertThat(policy.window(RuleFixtures.trip("1000", "1000", 600, until))).isEmpty();
        Finding late = policy.window(RuleFixtures.trip("1000", "1000", 601, until)).orElseThrow();
        assertThat(late.figures()).containsEntry("violation", "outside-window");
        assertThat(late.eventIds()).containsExactly("ev-d", "ev-r");
    }

    @Test
    void reuseFiresForAPermitStillCarryingAnotherLot() {
        var first = new PermitPolicy.Use(new LotId("A"), "ev-d-A", RuleFixtures.T0, RuleFixtures.T0.plusHours(5));
        Finding f = policy.overlap(RuleFixtures.dispatch("B", "1000", "40000", RuleFixtures.T0.plusHours(2)), List.of(first)).orElseThrow();
        assertThat(f.eventIds()).containsExactly("ev-d-A", "ev-d-B");
        assertThat(f.subject().lots()).containsExactly(new LotId("B"), new LotId("A"));
    }

    @Test
    void reuseAfterTheEarlierTripEndedIsNoOverlap() {
        var first = new PermitPolicy.Use(new LotId("A"), "ev-d-A", RuleFixtures.T0, RuleFixtures.T0.plusHours(5));
        assertThat(policy.overlap(RuleFixtures.dispatch("B", "1000", "40000", RuleFixtures.T0.plusHours(5)), List.of(first))).isEmpty();
        assertThat(policy.overlap(RuleFixtures.dispatch("B", "1000", "40000", RuleFixtures.T0.plusHours(5).minusSeconds(1)), List.of(first)))
                .isPresent();
        assertThat(policy.overlap(RuleFixtures.dispatch("A", "1000", "40000", RuleFixtures.T0.plusHours(2)), List.of(first)))
                .as("the same lot is not a second trip").isEmpty();
    }
}
