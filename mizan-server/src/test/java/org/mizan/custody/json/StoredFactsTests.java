package org.mizan.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.CountryCode;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.web.StrictJson;

import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.AdjustmentFacts;
import org.mizan.custody.AssayFacts;
import org.mizan.custody.ConsignmentId;
import org.mizan.custody.CustodyFacts;
import org.mizan.custody.DispatchFacts;
import org.mizan.custody.ElementBalance;
import org.mizan.custody.EventId;
import org.mizan.custody.ExportFacts;
import org.mizan.custody.ExtractionFacts;
import org.mizan.custody.GeoPoint;
import org.mizan.custody.LossFacts;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.ProcessBalance;
import org.mizan.custody.TransitFacts;
import org.mizan.custody.TransitPermit;

class StoredFactsTests {

    private static final JsonMapper JSON = StrictJson.mapper();
    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-10-01T08:00:00.123456+05:00");
    private static final TransitPermit PERMIT = new TransitPermit("BAL/TP/2025/7", "LES-4471", "N3", Mass.ofKilograms("30000"),
            OffsetDateTime.parse("2025-10-01T06:00+05:00"), OffsetDateTime.parse("2025-10-03T06:00Z"));
    private static final TransitPermit SINGLE_USE = new TransitPermit("BAL/TP/2025/8", "LES-4471", "N3", Mass.ofKilograms("30000"),
            OffsetDateTime.parse("2025-10-01T06:00+05:00"), OffsetDateTime.parse("2025-10-03T06:00Z"), Optional.of(true));
    private static final Grades GRADES = Grades.of(Map.of(ElementSymbol.of("Nd"), Grade.of("0.135"), ElementSymbol.of("Pr"), Grade.of("0.04")));

    static Stream<Object[]> everyKind() {
        EventId id = new EventId("evt-1");
        LotId lot = new LotId("LOT-1");
        SiteId mine = new SiteId("chagai-mine");
        SiteId hub = new SiteId("hub-concentrator");
        Map<LotId, Mass> exported = new LinkedHashMap<>();
        exported.put(lot, Mass.ofKilograms("410.5"));
        exported.put(new LotId("urn:epc:class:lgtin:896000123.0041.HUBN2511"), Mass.ofGrams(1));
        return Stream.of(
                new Object[] {"extracted", new ExtractionFacts(id, lot, mine, new PartyId("chagai-mining"),
                        Optional.of(new LicenceNumber("BA-ML-2021-007")), new GeoPoint(29.31, 64.7), Mass.ofKilograms("1250.5"), AT)},
                new Object[] {"extracted", new ExtractionFacts(id, lot, mine, new PartyId("chagai-mining"), Optional.empty(),
                        new GeoPoint(-0.5, -179.25), Mass.ofGrams(1), AT)},
                new Object[] {"dispatched", new DispatchFacts(id, lot, mine, hub, Mass.ofKilograms("24000"), PERMIT, AT)},
                new Object[] {"dispatched", new DispatchFacts(id, lot, mine, hub, Mass.ofKilograms("24000"), SINGLE_USE, AT)},
                new Object[] {"dispatched", new DispatchFacts(id, new LotId("CHG-ORE-7-T03"), mine, hub, Mass.ofKilograms("20000"), PERMIT,
                        AT, Optional.of(lot))},
                new Object[] {"received", new TransitFacts(id, lot, mine, hub, PERMIT, Mass.ofKilograms("24000"),
                        Mass.ofKilograms("23960.001"), AT.minusHours(20), AT)},
                new Object[] {"received", new TransitFacts(id, lot, mine, hub, new TransitPermit("BAL/TP/2025/9", "LES-4471", "N3",
                        Mass.ofKilograms("30000"), AT.minusHours(21), AT, Optional.of(false)), Mass.ofKilograms("24000"),
                        Mass.ofKilograms("23960.001"), AT.minusHours(20), AT)},
                new Object[] {"received", new TransitFacts(id, lot, mine, hub, PERMIT, Mass.ofKilograms("24000"),
                        Mass.ofKilograms("23960"), AT.minusHours(20), AT, Optional.of(Mass.ofKilograms("40")))},
                new Object[] {"processed", new ProcessBalance(id, hub, new PartyId("hub-minerals"), "flotation", List.of(
                        new ElementBalance(ElementSymbol.of("Nd"), Mass.ofKilograms("100"), Mass.ofKilograms("99.5"), false),
                        new ElementBalance(ElementSymbol.of("Pr"), Mass.ofKilograms("10"), Mass.ofKilograms("30"), true)))},
                new Object[] {"assayed", new AssayFacts(id, lot, new SiteId("karachi-lab"), "CERT-9", Grades.none(), GRADES)},
                new Object[] {"exported", new ExportFacts(id, new ConsignmentId("PK-EXP-2025-11-0002"), new SiteId("karachi-port"),
                        new CountryCode("US"), new BigDecimal("125000.5"), exported,
                        Map.of(ElementSymbol.of("Nd"), Mass.ofKilograms("55.4")))},
                new Object[] {"lost", new LossFacts(id, lot, hub, Mass.ofKilograms("3"), Mass.ZERO, "spill at the conveyor")},
                new Object[] {"adjusted", new AdjustmentFacts(id, lot, mine, LotAdjusted.Kind.MOISTURE, Mass.ofKilograms("1500"),
                        Mass.ofKilograms("28500"), Grades.of(ElementSymbol.of("Cu"), Grade.of("0.005")),
                        Grades.of(ElementSymbol.of("Cu"), Grade.of("0.005263157895")))},
                new Object[] {"adjusted", new AdjustmentFacts(id, lot, mine, LotAdjusted.Kind.SAMPLING, Mass.ofKilograms("0.005"),
                        Mass.ofKilograms("28499.995"), GRADES, GRADES)});
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void readsTheStoredFormBackIntoTheRecordThatWroteIt(String type, CustodyFacts facts) {
        String stored = StoredFacts.write(JSON, facts);
        CustodyFacts read = StoredFacts.read(type, JSON.readTree(stored));
        assertThat(read).isEqualTo(facts);
        // As a tree: the maps of an export are unordered, and PostgreSQL's jsonb keeps no key order either.
        assertThat(JSON.readTree(StoredFacts.write(JSON, read))).isEqualTo(JSON.readTree(stored));
    }

    @Test
    void theStoredFormOfATripIsTheOneEveryStoredRowHolds() {
        TransitFacts trip = new TransitFacts(new EventId("evt-2"), new LotId("LOT-1"), new SiteId("chagai-mine"),
                new SiteId("hub-concentrator"), PERMIT, Mass.ofKilograms("24000"), Mass.ofKilograms("23960.5"),
                OffsetDateTime.parse("2025-10-01T08:00+05:00"), OffsetDateTime.parse("2025-10-02T09:30:00.5Z"));
        String stored = "{\"eventId\":\"evt-2\",\"lot\":\"LOT-1\",\"from\":\"chagai-mine\",\"to\":\"hub-concentrator\","
                + "\"permit\":{\"number\":\"BAL/TP/2025/7\",\"vehicle\":\"LES-4471\",\"vehicleClass\":\"N3\",\"maxPayload\":\"30000\","
                + "\"validFrom\":\"2025-10-01T06:00:00+05:00\",\"validUntil\":\"2025-10-03T06:00:00Z\"},"
                + "\"dispatchedMass\":\"24000\",\"receivedMass\":\"23960.5\",\"dispatchedAt\":\"2025-10-01T08:00:00+05:00\","
                + "\"receivedAt\":\"2025-10-02T09:30:00.5Z\"}";
        assertThat(StoredFacts.write(JSON, trip)).isEqualTo(stored);
        assertThat(StoredFacts.read("received", JSON.readTree(stored))).isEqualTo(trip);
    }

    @Test
    void aStatedSingleUseFollowsThePermitsFieldsAndNoneIsWrittenWhenNotStated() {
        DispatchFacts dispatch = new DispatchFacts(new EventId("evt-3"), new LotId("LOT-1"), new SiteId("chagai-mine"),
                new SiteId("hub-concentrator"), Mass.ofKilograms("24000"), SINGLE_USE, OffsetDateTime.parse("2025-10-01T08:00+05:00"));
        String stored = "{\"eventId\":\"evt-3\",\"lot\":\"LOT-1\",\"from\":\"chagai-mine\",\"to\":\"hub-concentrator\","
                + "\"mass\":\"24000\",\"permit\":{\"number\":\"BAL/TP/2025/8\",\"vehicle\":\"LES-4471\",\"vehicleClass\":\"N3\","
                + "\"maxPayload\":\"30000\",\"validFrom\":\"2025-10-01T06:00:00+05:00\",\"validUntil\":\"2025-10-03T06:00:00Z\","
                + "\"singleUse\":true},\"time\":\"2025-10-01T08:00:00+05:00\"}";
        assertThat(StoredFacts.write(JSON, dispatch)).isEqualTo(stored);
        assertThat(StoredFacts.write(JSON, new DispatchFacts(dispatch.eventId(), dispatch.lot(), dispatch.from(), dispatch.to(),
                dispatch.mass(), PERMIT, dispatch.time()))).doesNotContain("singleUse");
    }

    @Test
    void theStoredFormOfAWholeLotsDispatchHasNoSplitFrom() {
        DispatchFacts whole = new DispatchFacts(new EventId("evt-1"), new LotId("LOT-1"), new SiteId("chagai-mine"),
                new SiteId("hub-concentrator"), Mass.ofKilograms("24000"), PERMIT, OffsetDateTime.parse("2025-10-01T08:00+05:00"));
        String stored = "{\"eventId\":\"evt-1\",\"lot\":\"LOT-1\",\"from\":\"chagai-mine\",\"to\":\"hub-concentrator\","
                + "\"mass\":\"24000\",\"permit\":{\"number\":\"BAL/TP/2025/7\",\"vehicle\":\"LES-4471\",\"vehicleClass\":\"N3\","
                + "\"maxPayload\":\"30000\",\"validFrom\":\"2025-10-01T06:00:00+05:00\",\"validUntil\":\"2025-10-03T06:00:00Z\"},"
                + "\"time\":\"2025-10-01T08:00:00+05:00\"}";
        assertThat(StoredFacts.write(JSON, whole)).isEqualTo(stored);
    }

    @Test
    void theStoredFormOfAnAdjustmentNamesItsKindAndBothGrades() {
        AdjustmentFacts dried = new AdjustmentFacts(new EventId("evt-1"), new LotId("LOT-1"), new SiteId("chagai-mine"),
                LotAdjusted.Kind.MOISTURE, Mass.ofKilograms("1500"), Mass.ofKilograms("28500"),
                Grades.of(ElementSymbol.of("Cu"), Grade.of("0.005")), Grades.of(ElementSymbol.of("Cu"), Grade.of("0.005263157895")));
        assertThat(StoredFacts.write(JSON, dried)).isEqualTo("{\"eventId\":\"evt-1\",\"lot\":\"LOT-1\",\"site\":\"chagai-mine\","
                + "\"kind\":\"moisture\",\"removed\":\"1500\",\"remaining\":\"28500\",\"previous\":{\"Cu\":\"0.005\"},"
                + "\"grades\":{\"Cu\":\"0.005263157895\"}}");
    }

    @Test
    void factsThatDoNotReadBackAreRefused() {
        assertThatThrownBy(() -> StoredFacts.read("lost", JSON.readTree("{\"eventId\":\"evt-1\",\"lot\":\"LOT-1\"}")))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> StoredFacts.read("lost", JSON.readTree("{\"eventId\":\"evt-1\",\"lot\":7,\"site\":\"hub\","
                + "\"lost\":\"1\",\"remaining\":\"0\",\"reason\":\"spill\"}"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lot");
        assertThatThrownBy(() -> StoredFacts.read("teleported", JSON.readTree("{\"eventId\":\"evt-1\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("teleported");
    }
}
