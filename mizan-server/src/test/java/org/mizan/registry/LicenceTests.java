package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;

class LicenceTests {

    static final LocalDate GRANTED = LocalDate.of(2024, 1, 1);
    static final LocalDate EXPIRES = LocalDate.of(2030, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Geometry square(double lon, double lat, double side) {
        return GeoJson.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + side, lat),
                new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat)});
    }

    static Licence copperLease() {
        return Licence.grant(new LicenceNumber("BA-ML-1"), LicenceType.MINING_LEASE, new PartyId("fwo"),
                new ProvinceCode("PK-BA"), List.of(new MineralCapacity("copper", new BigDecimal("1000"))),
                square(62.0, 29.0, 0.1), GRANTED, EXPIRES);
    }

    @Test
    void aGrantedLicenceIsActiveUntilItsExpiryDayAndExpiredAfter() {
        Licence licence = copperLease();
        assertThat(licence.statusOn(EXPIRES)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.statusOn(EXPIRES.plusDays(1))).isEqualTo(LicenceStatus.EXPIRED);
    }

    @Test
    void aDecisionChangesTheStatusFromItsDayAndBumpsTheVersion() {
        Licence suspended = copperLease().record(LicenceHistoryTests.suspended(TODAY.minusDays(5), "inspection pending"), TODAY);
        assertThat(suspended.status()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(suspended.statusNote()).contains("inspection pending");
        assertThat(suspended.version()).isEqualTo(1);
        assertThat(suspended.statusOn(TODAY.minusDays(6))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(suspended.statusOn(TODAY.minusDays(5))).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(suspended.holdsGroundOn(TODAY)).isTrue();
        Licence revoked = suspended.record(LicenceHistoryTests.revoked(TODAY, "royalties unpaid"), TODAY);
        assertThat(revoked.status()).isEqualTo(LicenceStatus.REVOKED);
        assertThat(revoked.holdsGroundOn(TODAY)).isFalse();
        assertThat(revoked.statusOn(EXPIRES.plusDays(1))).as("revoked stays revoked past expiry").isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void beforeItsGrantALicenceIsNotYetGrantedButHoldsItsGround() {
        assertThat(copperLease().statusOn(GRANTED.minusDays(1))).isEqualTo(LicenceStatus.NOT_YET_GRANTED);
        assertThat(copperLease().statusOn(GRANTED)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(copperLease().holdsGroundOn(GRANTED.minusDays(1))).isTrue();
    }

    @Test
    void judgesAnInstantOnTheProvincesCalendar() {
        var karachi = java.time.ZoneId.of("Asia/Karachi");
        Licence suspended = copperLease().record(LicenceHistoryTests.suspended(LocalDate.of(2026, 11, 20), "x"), TODAY);
        assertThat(suspended.statusAt(java.time.Instant.parse("2026-11-19T18:59:59Z"), karachi)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(suspended.statusAt(java.time.Instant.parse("2026-11-19T19:00:00Z"), karachi)).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(suspended.statusAt(java.time.Instant.parse("2026-11-19T20:30:00Z"), java.time.ZoneOffset.UTC))
                .as("the same instant on the UTC calendar is still the 19th").isEqualTo(LicenceStatus.ACTIVE);
    }

    @Test
    void refusesADecisionTakingEffectAfterExpiry() {
        Licence expiring = Licence.grant(new LicenceNumber("BA-ML-2"), LicenceType.MINING_LEASE, new PartyId("fwo"),
                new ProvinceCode("PK-BA"), List.of(new MineralCapacity("copper", BigDecimal.ONE)), square(62, 29, 0.1),
                GRANTED, TODAY.minusDays(10));
        assertThatThrownBy(() -> expiring.record(LicenceHistoryTests.suspended(TODAY.minusDays(9), "x", "BA-ML-2"), TODAY))
                .isInstanceOf(Rejection.class).extracting("type").isEqualTo("licence-expired");
    }

    @Test
    void rejectsDatesInTheWrongOrder() {
        assertThatThrownBy(() -> Licence.grant(new LicenceNumber("X-1"), LicenceType.EXPLORATION, new PartyId("fwo"),
                new ProvinceCode("PK-BA"), List.of(new MineralCapacity("copper", BigDecimal.ONE)), square(62, 29, 0.1),
                EXPIRES, GRANTED)).isInstanceOf(Rejection.class).extracting("type").isEqualTo("dates-out-of-order");
    }

    @Test
    void rejectsCapacitiesOutOfRange() {
        assertThatThrownBy(() -> new MineralCapacity("copper", new BigDecimal("-1"))).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> new MineralCapacity("copper", new BigDecimal("0.0001"))).isInstanceOf(Rejection.class);
        assertThat(new MineralCapacity("copper", new BigDecimal("400000.000")).annualCapacityTonnes()).hasToString("400000");
    }
}
