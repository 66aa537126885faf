package org.mizan.oversight;

import java.util.Optional;
import org.mizan.kernel.SiteId;
import org.mizan.kernel.LotId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mizan.custody.EventId;
import org.mizan.custody.TransitFacts;
import org.mizan.custody.TransitPermit;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.registry.Licence;
import org.mizan.registry.LicenceType;
import org.mizan.registry.MineralCapacity;

/** Inputs for the rules' policies, built through the real records. */
final class RuleFixtures {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2025-09-01T08:00:00+05:00");

    private RuleFixtures() {
    }

    /** A copper licence over a 0.1° square with its south-west corner at (lat, lon), valid 2024–2030. */
    static Licence copperLicence(double lat, double lon, BigDecimal capacityTonnes) {
        return copperLicence("PB-ML-1", "miner", lat, lon, capacityTonnes);
    }

    /** A copper licence of the given number and holder over a 0.1° square with its south-west corner at (lat, lon). */
    static Licence copperLicence(String number, String holder, double lat, double lon, BigDecimal capacityTonnes) {
        GeometryFactory f = new GeometryFactory();
        var square = f.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + 0.1, lat),
            new Coordinate(lon + 0.1, lat + 0.1), new Coordinate(lon, lat + 0.1), new Coordinate(lon, lat)});
        return Licence.grant(new LicenceNumber(number), LicenceType.MINING_LEASE, new PartyId(holder), new ProvinceCode("PK-PB"),
                List.of(new MineralCapacity("copper", capacityTonnes)), square, LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31));
    }

    static Extraction extraction(String mineral, String kg, double lat, double lon, OffsetDateTime at) {
        return new Extraction("ev-x", new LotId("LOT-1"), new SiteId("mine-1"), new PartyId("miner"), Optional.of(new LicenceNumber("PB-ML-1")), mineral.equals("copper") ? "cu-ore" : "sb-ore", mineral,
                Mass.ofKilograms(kg), lat, lon, at);
    }

    static Extraction extraction(double lat, double lon) {
        return extraction("copper", "1000", lat, lon, T0);
    }

    static Trip trip(String dispatchedKg, String receivedKg, long minutes, OffsetDateTime validUntil) {
        return trip(dispatchedKg, receivedKg, Optional.empty(), minutes, validUntil);
    }

    /** A trip weighed on scales of the given combined resolution; the shortfall beyond it computed as custody computes it. */
    static Trip trip(String dispatchedKg, String receivedKg, Optional<Mass> resolution, long minutes, OffsetDateTime validUntil) {
        return trip("ev-r", dispatchedKg, receivedKg, resolution, T0.plusMinutes(minutes), validUntil);
    }

    static Trip trip(String receipt, String dispatchedKg, String receivedKg, Optional<Mass> resolution, OffsetDateTime receivedAt,
            OffsetDateTime validUntil) {
        TransitFacts facts = new TransitFacts(new EventId(receipt), new LotId("LOT-1"), new SiteId("mine-1"), new SiteId("plant-1"),
                new TransitPermit("P-1", "TRK-1", "N3 truck", Mass.ofKilograms("40000"), T0, validUntil), Mass.ofKilograms(dispatchedKg),
                Mass.ofKilograms(receivedKg), T0, receivedAt, resolution);
        return new Trip(receipt, "ev-d", new LotId("LOT-1"), "copper", new SiteId("mine-1"), new SiteId("plant-1"), "P-1", T0, validUntil,
                facts.dispatchedMass(), facts.receivedMass(), T0, receivedAt, List.of(new PartyId("miner"), new PartyId("processor")),
                new PartyId("miner"), facts.scaleResolution(), facts.shortfallBeyondResolution());
    }

    /** A 1000 kg trip, neither short nor over, under a permit valid from {@code validFrom} to {@code validUntil}. */
    static Trip tripUnder(OffsetDateTime validFrom, OffsetDateTime validUntil, OffsetDateTime dispatchedAt, OffsetDateTime receivedAt) {
        Mass mass = Mass.ofKilograms("1000");
        return new Trip("ev-r", "ev-d", new LotId("LOT-1"), "copper", new SiteId("mine-1"), new SiteId("plant-1"), "P-1", validFrom,
                validUntil, mass, mass, dispatchedAt, receivedAt, List.of(new PartyId("miner"), new PartyId("processor")),
                new PartyId("miner"), Optional.empty(), Mass.ZERO);
    }

    static Dispatch dispatch(String lot, String kg, String payloadKg, OffsetDateTime at) {
        return dispatch(lot, kg, new TransitPermit("P-1", "TRK-1", "N3 truck", Mass.ofKilograms(payloadKg), at, at.plusHours(48)), at);
    }

    /** Lot {@code lot} leaving at {@code at} under the given permit, as event {@code ev-d-<lot>}. */
    static Dispatch dispatch(String lot, String kg, TransitPermit permit, OffsetDateTime at) {
        return new Dispatch("ev-d-" + lot, new LotId(lot), new SiteId("mine-1"), new SiteId("plant-1"), permit, Mass.ofKilograms(kg), at,
                new PartyId("miner"));
    }
}
