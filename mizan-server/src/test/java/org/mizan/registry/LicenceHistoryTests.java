package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

class LicenceHistoryTests {

    static final LicenceNumber NUMBER = new LicenceNumber("BA-ML-1");
    static final LocalDate GRANTED = LocalDate.of(2024, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final PartyId REGULATOR = new PartyId("balochistan-mmdd");
    static final Instant RECORDED = Instant.parse("2026-11-25T06:00:00Z");

    static LicenceSuspended suspended(LocalDate from, String reason) {
        return suspended(from, reason, NUMBER.value());
    }

    static LicenceSuspended suspended(LocalDate from, String reason, String licence) {
        return new LicenceSuspended(new LicenceNumber(licence), from, REGULATOR, Optional.of(reason), RECORDED);
    }

    static LicenceReinstated reinstated(LocalDate from) {
        return new LicenceReinstated(NUMBER, from, REGULATOR, Optional.empty(), RECORDED);
    }

    static LicenceRevoked revoked(LocalDate from, String reason) {
        return new LicenceRevoked(NUMBER, from, REGULATOR, Optional.of(reason), RECORDED);
    }

    static LicenceHistory granted() {
        return LicenceHistory.grantedOn(NUMBER, GRANTED);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static void assertRefused(Runnable change, String type) {
        assertThatThrownBy(change::run).isInstanceOf(Rejection.class).extracting("type").isEqualTo(type);
    }

    @Test
    void givesTheStatusInForceOnEachDayFromBackdatedDecisions() {
        LicenceHistory history = granted().with(suspended(day(10, 1), "royalties unpaid"), TODAY)
                .with(reinstated(day(10, 15)), TODAY)
                .with(suspended(day(11, 20), "tailings dam"), TODAY)
                .with(reinstated(day(11, 24)), TODAY);
        assertThat(history.changes()).extracting(LicenceStatusChange::effectiveFrom)
                .containsExactly(day(10, 1), day(10, 15), day(11, 20), day(11, 24));
        assertThat(history.statusOn(GRANTED.minusDays(1))).isEqualTo(LicenceStatus.NOT_YET_GRANTED);
        assertThat(history.statusOn(GRANTED)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(history.statusOn(day(9, 30))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(history.statusOn(day(10, 1))).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(history.statusOn(day(10, 14))).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(history.statusOn(day(10, 15))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(history.statusOn(day(11, 19))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(history.statusOn(day(11, 20))).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(history.statusOn(day(11, 24))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(history.latest().map(LicenceStatusChange::effectiveFrom)).contains(day(11, 24));
    }

    @Test
    void refusesToReinstateALicenceThatIsNotSuspendedOnThatDay() {
        assertRefused(() -> granted().with(reinstated(day(11, 1)), TODAY), "invalid-licence-transition");
        LicenceHistory reinstated = granted().with(suspended(day(11, 10), "x"), TODAY).with(reinstated(day(11, 15)), TODAY);
        assertThat(reinstated.statusOn(day(11, 15))).isEqualTo(LicenceStatus.ACTIVE);
        assertRefused(() -> reinstated.with(reinstated(day(11, 20)), TODAY), "invalid-licence-transition");
    }

    @Test
    void refusesToSuspendALicenceAlreadySuspendedOnThatDay() {
        LicenceHistory suspended = granted().with(suspended(day(11, 10), "x"), TODAY);
        assertRefused(() -> suspended.with(suspended(day(11, 12), "again"), TODAY), "invalid-licence-transition");
    }

    @Test
    void refusesAChangeDatedBeforeTheLatestBecauseItWouldContradictIt() {
        LicenceHistory history = granted().with(suspended(day(11, 10), "x"), TODAY);
        assertThatThrownBy(() -> history.with(suspended(day(11, 1), "earlier"), TODAY)).isInstanceOf(Rejection.class)
                .hasMessageContaining("suspension from 2026-11-10").extracting("type").isEqualTo("out-of-order-status-change");
        LicenceHistory reinstated = history.with(reinstated(day(11, 20)), TODAY);
        assertRefused(() -> reinstated.with(reinstated(day(11, 15)), TODAY), "out-of-order-status-change");
        assertRefused(() -> reinstated.with(revoked(day(11, 15), "fraud"), TODAY), "out-of-order-status-change");
        assertThat(reinstated.with(revoked(day(11, 21), "fraud"), TODAY).statusOn(day(11, 21))).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void refusesAnyChangeOnceRevokedEvenOneDatedBeforeTheRevocation() {
        LicenceHistory revoked = granted().with(revoked(day(11, 20), "fraud"), TODAY);
        assertThat(revoked.statusOn(day(11, 19))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(revoked.statusOn(TODAY)).isEqualTo(LicenceStatus.REVOKED);
        assertRefused(() -> revoked.with(suspended(day(11, 22), "x"), TODAY), "licence-revoked");
        assertRefused(() -> revoked.with(suspended(day(11, 1), "x"), TODAY), "licence-revoked");
        assertRefused(() -> revoked.with(reinstated(day(11, 24)), TODAY), "licence-revoked");
    }

    @Test
    void refusesAChangeDatedBeforeTheGrantOrAfterToday() {
        assertRefused(() -> granted().with(suspended(GRANTED.minusDays(1), "x"), TODAY), "before-grant");
        assertThat(granted().with(suspended(GRANTED, "x"), TODAY).statusOn(GRANTED)).isEqualTo(LicenceStatus.SUSPENDED);
        assertRefused(() -> granted().with(suspended(TODAY.plusDays(1), "x"), TODAY), "effective-in-future");
        assertThat(granted().with(suspended(TODAY, "x"), TODAY).statusOn(TODAY)).isEqualTo(LicenceStatus.SUSPENDED);
    }

    @Test
    void refusesADuplicateButTakesSameDayDecisionsInTheOrderRecorded() {
        LicenceHistory suspended = granted().with(suspended(day(11, 20), "x"), TODAY);
        assertRefused(() -> suspended.with(suspended(day(11, 20), "x"), TODAY), "duplicate-status-change");
        LicenceHistory liftedTheSameDay = suspended.with(reinstated(day(11, 20)), TODAY);
        assertThat(liftedTheSameDay.statusOn(day(11, 20))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(liftedTheSameDay.statusOn(day(11, 19))).isEqualTo(LicenceStatus.ACTIVE);
        assertRefused(() -> liftedTheSameDay.with(suspended(day(11, 20), "again"), TODAY), "duplicate-status-change");
        assertThat(liftedTheSameDay.with(revoked(day(11, 20), "fraud"), TODAY).statusOn(day(11, 20))).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void refusesAChangeOfAnotherLicence() {
        assertRefused(() -> granted().with(suspended(day(11, 20), "x", "KP-ML-9"), TODAY), "wrong-licence");
    }

    @Test
    void aRevocationNeedsAReasonAndExpiryOrNotYetGrantedAreNoDecisions() {
        assertRefused(() -> new LicenceRevoked(NUMBER, day(11, 20), REGULATOR, Optional.of(" "), RECORDED), "reason-required");
        assertRefused(() -> new LicenceRevoked(NUMBER, day(11, 20), REGULATOR, Optional.empty(), RECORDED), "reason-required");
        assertRefused(() -> LicenceStatusChange.to(LicenceStatus.EXPIRED, NUMBER, day(11, 20), REGULATOR, Optional.empty(), RECORDED),
                "not-a-status-change");
        assertThat(LicenceStatusChange.to(LicenceStatus.ACTIVE, NUMBER, day(11, 20), REGULATOR, Optional.empty(), RECORDED))
                .isInstanceOf(LicenceReinstated.class);
    }

    @Test
    void aStoredHistoryThatDoesNotReadAsALawfulSequenceIsRefused() {
        assertRefused(() -> new LicenceHistory(NUMBER, GRANTED, List.of(reinstated(day(11, 20)))), "invalid-licence-transition");
    }
}
