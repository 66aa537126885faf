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
    void suspendsReinstatesAndRevokesThroughGuardedTransitions() {
        Licence suspended = copperLease().suspend("inspection pending", TODAY);
        assertThat(suspended.status()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(suspended.version()).isEqualTo(1);
        assertThat(suspended.holdsGroundOn(TODAY)).isTrue();
        Licence reinstated = suspended.reinstate(null, TODAY);
        assertThat(reinstated.status()).isEqualTo(LicenceStatus.ACTIVE);
        Licence revoked = reinstated.revoke("royalties unpaid", TODAY);
        assertThat(revoked.status()).isEqualTo(LicenceStatus.REVOKED);
        assertThat(revoked.holdsGroundOn(TODAY)).isFalse();
    }

    @Test
    void rejectsTransitionsFromTheWrongState() {
        assertThatThrownBy(() -> copperLease().reinstate("", TODAY)).isInstanceOf(Rejection.class)
                .extracting("type").isEqualTo("invalid-licence-transition");
        Licence revoked = copperLease().revoke("fraud", TODAY);
        assertThatThrownBy(() -> revoked.suspend("x", TODAY)).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> copperLease().suspend("x", EXPIRES.plusDays(1))).isInstanceOf(Rejection.class)
                .hasMessageContaining("expired");
    }

    @Test
    void revokingNeedsAReason() {
        assertThatThrownBy(() -> copperLease().revoke(" ", TODAY)).isInstanceOf(Rejection.class)
                .extracting("type").isEqualTo("note-required");
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
