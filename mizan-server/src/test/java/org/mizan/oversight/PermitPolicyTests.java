package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.custody.TransitPermit;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;

class PermitPolicyTests {

    private static final OffsetDateTime T0 = RuleFixtures.T0;
    private static final OffsetDateTime UNTIL = T0.plusHours(48);

    private final PermitPolicy policy = new PermitPolicy();

    @Test
    void payloadFiresOnlyAboveTheVehiclesPayload() {
        assertThat(policy.payload(RuleFixtures.dispatch("A", "40000", "40000", T0))).isEmpty();
        Finding f = policy.payload(RuleFixtures.dispatch("A", "40000.001", "40000", T0)).orElseThrow();
        assertThat(f.figures()).containsEntry("violation", "payload").containsEntry("maxPayloadKg", "40000");
    }

    @Test
    void windowFiresOnlyForAReceiptOutsideIt() {
        var until = T0.plusHours(10);
        assertThat(policy.window(RuleFixtures.trip("1000", "1000", 600, until))).isEmpty();
        Finding late = policy.window(RuleFixtures.trip("1000", "1000", 601, until)).orElseThrow();
        assertThat(late.figures()).containsEntry("violation", "outside-window");
        assertThat(late.eventIds()).containsExactly("ev-d", "ev-r");
    }

    @Test
    void aReceiptAfterTheWindowOfATripThatLeftAfterItIsLeftToTheDispatchsFinding() {
        var until = T0.plusHours(10);
        assertThat(policy.window(RuleFixtures.tripUnder(T0, until, until.plusSeconds(1), until.plusHours(2))))
                .as("flagged at dispatch").isEmpty();
        assertThat(policy.window(RuleFixtures.tripUnder(T0, until, until, until.plusHours(2)))).as("left on the last second").isPresent();
        assertThat(policy.window(RuleFixtures.tripUnder(T0, until, T0.minusSeconds(1), until.plusHours(2))))
                .as("left early, arrived late: two violations").isPresent();
        assertThat(policy.window(RuleFixtures.tripUnder(T0, until, T0.minusHours(3), T0.minusSeconds(1))))
                .as("left and arrived early: flagged at dispatch").isEmpty();
    }

    @Test
    void dispatchWindowFiresOneSecondBeforeValidFromAndIsQuietAtIt() {
        TransitPermit permit = permit("TRK-1", Optional.empty(), T0, T0.plusHours(10));
        assertThat(policy.dispatchWindow(RuleFixtures.dispatch("A", "1000", permit, T0))).isEmpty();
        Finding early = policy.dispatchWindow(RuleFixtures.dispatch("A", "1000", permit, T0.minusSeconds(1))).orElseThrow();
        assertThat(early.cause()).isEqualTo("PERMIT_VIOLATION/dispatch-window/ev-d-A");
        assertThat(early.eventIds()).containsExactly("ev-d-A");
        assertThat(early.figures()).containsEntry("violation", "dispatched-outside-window")
                .containsEntry("dispatchedAt", "2025-09-01T07:59:59+05:00").containsEntry("validFrom", "2025-09-01T08:00+05:00")
                .containsEntry("validUntil", "2025-09-01T18:00+05:00").containsEntry("permit", "P-1");
        assertThat(early.explanation()).contains("before it is valid");
    }

    @Test
    void dispatchWindowIsQuietAtValidUntilAndFiresOneSecondAfter() {
        TransitPermit permit = permit("TRK-1", Optional.empty(), T0, T0.plusHours(10));
        assertThat(policy.dispatchWindow(RuleFixtures.dispatch("A", "1000", permit, T0.plusHours(10)))).isEmpty();
        Finding late = policy.dispatchWindow(RuleFixtures.dispatch("A", "1000", permit, T0.plusHours(10).plusSeconds(1))).orElseThrow();
        assertThat(late.figures()).containsEntry("dispatchedAt", "2025-09-01T18:00:01+05:00");
        assertThat(late.explanation()).contains("after it expired");
    }

    @Test
    void reuseFiresForAPermitStillCarryingAnotherLot() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", false);
        Finding f = policy.overlap(RuleFixtures.dispatch("B", "1000", "40000", T0.plusHours(2)), List.of(first)).orElseThrow();
        assertThat(f.eventIds()).containsExactly("ev-d-A", "ev-d-B");
        assertThat(f.subject().lots()).containsExactly(new LotId("B"), new LotId("A"));
    }

    @Test
    void reuseAfterTheEarlierTripEndedIsNoOverlap() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", false);
        assertThat(policy.overlap(RuleFixtures.dispatch("B", "1000", "40000", T0.plusHours(5)), List.of(first))).isEmpty();
        assertThat(policy.overlap(RuleFixtures.dispatch("B", "1000", "40000", T0.plusHours(5).minusSeconds(1)), List.of(first)))
                .isPresent();
        assertThat(policy.overlap(RuleFixtures.dispatch("A", "1000", "40000", T0.plusHours(2)), List.of(first)))
                .as("the same lot is not a second trip").isEmpty();
    }

    @Test
    void theEarlierTripJudgedAgainEndsAtItsRememberedReceiptAndNamesThePairAsTheLaterDid() {
        var own = use("A", T0, T0.plusHours(4), "TRK-1", false);
        var later = use("B", T0.plusHours(6), T0.plusHours(9), "TRK-1", false);
        Dispatch again = dispatch("A", "TRK-1", Optional.empty(), T0);
        assertThat(policy.reuse(again, List.of(own, later))).as("ended before the other left").isEmpty();
        assertThat(policy.reuse(again, List.of(later)).orElseThrow().figures()).as("until its permit expires, as far as is known")
                .containsEntry("violation", "permit-reused");
        var during = use("B", T0.plusHours(2), T0.plusHours(9), "TRK-1", false);
        assertThat(policy.reuse(again, List.of(own, during)).orElseThrow().cause()).isEqualTo("PERMIT_VIOLATION/reuse/ev-d-A/ev-d-B");
        assertThat(policy.reuse(dispatch("B", "TRK-1", Optional.empty(), T0.plusHours(2)), List.of(own)).orElseThrow().cause())
                .isEqualTo("PERMIT_VIOLATION/reuse/ev-d-A/ev-d-B");
    }

    @Test
    void aSingleUsePermitUsedAgainAfterItsTripEndedFires() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", true);
        Finding f = policy.reuse(dispatch("B", "TRK-1", Optional.of(true), T0.plusHours(5)), List.of(first)).orElseThrow();
        assertThat(f.cause()).isEqualTo("PERMIT_VIOLATION/single-use/ev-d-A/ev-d-B");
        assertThat(f.eventIds()).containsExactly("ev-d-A", "ev-d-B");
        assertThat(f.subject().lots()).containsExactly(new LotId("B"), new LotId("A"));
        assertThat(f.figures()).containsEntry("violation", "single-use-reused").containsEntry("singleUseStatedBy", "ev-d-B")
                .containsEntry("otherTripStart", "2025-09-01T08:00+05:00").containsEntry("otherTripEnd", "2025-09-01T13:00+05:00")
                .containsEntry("dispatchedAt", "2025-09-01T13:00+05:00");
    }

    @Test
    void aSingleUsePermitStillOnItsFirstTripIsTheOverlapOnly() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", true);
        Finding f = policy.reuse(dispatch("B", "TRK-1", Optional.of(true), T0.plusHours(5).minusSeconds(1)), List.of(first))
                .orElseThrow();
        assertThat(f.figures()).containsEntry("violation", "permit-reused");
    }

    @Test
    void aPermitStatedSingleUseOnItsFirstTripOnlyIsSingleUseForTheSecond() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", true);
        Finding f = policy.reuse(dispatch("B", "TRK-1", Optional.empty(), T0.plusDays(1)), List.of(first)).orElseThrow();
        assertThat(f.figures()).containsEntry("violation", "single-use-reused").containsEntry("singleUseStatedBy", "ev-d-A");
    }

    @Test
    void aMultiUsePermitUsedAgainBySameVehicleIsQuiet() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", false);
        assertThat(policy.reuse(dispatch("B", "TRK-1", Optional.of(false), T0.plusHours(5)), List.of(first))).isEmpty();
        assertThat(policy.reuse(dispatch("B", "trk 1", Optional.empty(), T0.plusHours(5)), List.of(first)))
                .as("the same plate written another way").isEmpty();
    }

    @Test
    void aSingleUsePermitJudgedAgainDoesNotCountItsOwnTrip() {
        var own = new PermitPolicy.Use(new LotId("B"), "ev-d-B", T0, UNTIL, "TRK-1", true);
        assertThat(policy.reuse(dispatch("B", "TRK-1", Optional.of(true), T0), List.of(own))).isEmpty();
    }

    @Test
    void theFirstTripJudgedAgainAfterTheSecondNamesTheSamePair() {
        var second = new PermitPolicy.Use(new LotId("B"), "ev-d-B", T0.plusHours(5), T0.plusHours(8), "TRK-1", true);
        Dispatch first = RuleFixtures.dispatch("A", "1000", permit("TRK-1", Optional.of(true), T0, T0.plusHours(5)), T0);
        Finding f = policy.reuse(first, List.of(second)).orElseThrow();
        assertThat(f.cause()).isEqualTo("PERMIT_VIOLATION/single-use/ev-d-A/ev-d-B");
    }

    @Test
    void aPermitUsedAgainByAnotherVehicleFires() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", false);
        Finding f = policy.reuse(dispatch("B", "TRK-2", Optional.empty(), T0.plusHours(5)), List.of(first)).orElseThrow();
        assertThat(f.cause()).isEqualTo("PERMIT_VIOLATION/vehicle/ev-d-A/ev-d-B");
        assertThat(f.eventIds()).containsExactly("ev-d-A", "ev-d-B");
        assertThat(f.figures()).containsEntry("violation", "vehicle-changed").containsEntry("vehicle", "TRK-2")
                .containsEntry("otherVehicle", "TRK-1");
    }

    @Test
    void anotherVehicleIsJudgedAgainstTheNumbersFirstTripAndNotWithoutOne() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", false);
        var odd = use("C", T0.plusHours(6), T0.plusHours(9), "TRK-2", false);
        assertThat(policy.reuse(dispatch("B", "TRK-1", Optional.empty(), T0.plusHours(10)), List.of(odd, first))).isEmpty();
        var unknown = use("A", T0, T0.plusHours(5), null, false);
        assertThat(policy.reuse(dispatch("B", "TRK-2", Optional.empty(), T0.plusHours(5)), List.of(unknown))).isEmpty();
    }

    @Test
    void aSingleUsePermitOnAnotherVehicleIsOneFindingOfSingleUse() {
        var first = use("A", T0, T0.plusHours(5), "TRK-1", false);
        Finding f = policy.reuse(dispatch("B", "TRK-2", Optional.of(true), T0.plusHours(6)), List.of(first)).orElseThrow();
        assertThat(f.figures()).containsEntry("violation", "single-use-reused");
    }

    private static PermitPolicy.Use use(String lot, OffsetDateTime start, OffsetDateTime end, String vehicle, boolean singleUse) {
        return new PermitPolicy.Use(new LotId(lot), "ev-d-" + lot, start, end, vehicle, singleUse);
    }

    private static Dispatch dispatch(String lot, String vehicle, Optional<Boolean> singleUse, OffsetDateTime at) {
        return RuleFixtures.dispatch(lot, "1000", permit(vehicle, singleUse, T0, UNTIL.plusDays(5)), at);
    }

    private static TransitPermit permit(String vehicle, Optional<Boolean> singleUse, OffsetDateTime from, OffsetDateTime until) {
        return new TransitPermit("P-1", vehicle, "N3 truck", Mass.ofKilograms("40000"), from, until, singleUse);
    }
}
