package org.mizan.custody;

import static org.mizan.custody.RegistryFixture.*;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.mizan.kernel.CountryCode;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.custody.book.Lot;
import org.mizan.custody.book.LotBook;

/** Event factories with sensible defaults; times are hours after the first export's morning. */
public final class EventFixture {

    public static final OffsetDateTime T0 = OffsetDateTime.of(2025, 10, 1, 8, 0, 0, 0, ZoneOffset.ofHours(5));
    public static final GeoPoint CHAGAI = new GeoPoint(29.31, 64.70);

    private static final AtomicLong SEQUENCE = new AtomicLong();

    public static OffsetDateTime hour(int hours) {
        return T0.plusHours(hours);
    }

    public static EventId nextId() {
        return new EventId("evt-" + SEQUENCE.incrementAndGet());
    }

    public static LotId lot(String id) {
        return new LotId(id);
    }

    public static Mass kg(String kilograms) {
        return Mass.ofKilograms(kilograms);
    }

    public static Grades grades(Object... elementFractionPairs) {
        Grades grades = Grades.none();
        for (int i = 0; i < elementFractionPairs.length; i += 2) {
            grades = grades.with((ElementSymbol) elementFractionPairs[i], Grade.of((String) elementFractionPairs[i + 1]));
        }
        return grades;
    }

    public static LotExtracted extracted(PartyId actor, String lotId, SiteId site, String material, Mass mass, Grades grades, int hour) {
        return new LotExtracted(nextId(), hour(hour), actor, lot(lotId), site, material, MaterialForm.ORE, mass, grades, CHAGAI);
    }

    public static TransitPermit permit(int fromHour, int untilHour) {
        return new TransitPermit("BAL/TP/2025/" + SEQUENCE.incrementAndGet(), "LES-4471", "N3", kg("30000"),
                hour(fromHour), hour(untilHour));
    }

    public static LotDispatched dispatched(PartyId actor, String lotId, SiteId from, SiteId to, int hour) {
        return new LotDispatched(nextId(), hour(hour), actor, lot(lotId), from, to, permit(hour, hour + 48));
    }

    /** A release out of a reserve by {@code decision} to {@code recipient}. */
    public static LotDispatched released(PartyId actor, String lotId, SiteId from, SiteId to, String decision, PartyId recipient, int hour) {
        return new LotDispatched(nextId(), hour(hour), actor, lot(lotId), from, to, permit(hour, hour + 48), Optional.empty(),
                Optional.empty(), Optional.of(new LotDispatched.Release(decision, recipient)));
    }

    /** A partial dispatch: {@code mass} of {@code lotId} leaves as the new lot {@code newLot}. */
    public static LotDispatched dispatchedPart(PartyId actor, String lotId, String newLot, Mass mass, SiteId from, SiteId to, int hour) {
        return new LotDispatched(nextId(), hour(hour), actor, lot(lotId), from, to, permit(hour, hour + 48), Optional.empty(),
                Optional.of(new LotDispatched.Part(lot(newLot), mass)));
    }

    public static LotReceived received(PartyId actor, String lotId, SiteId site, Mass mass, int hour) {
        return new LotReceived(nextId(), hour(hour), actor, lot(lotId), site, mass);
    }

    public static ProcessInput input(String lotId, Mass mass) {
        return new ProcessInput(lot(lotId), mass);
    }

    public static ProcessOutput output(String lotId, String material, MaterialForm form, Mass mass, Grades grades) {
        return new ProcessOutput(lot(lotId), material, form, mass, grades);
    }

    /** An output in a role other than the product: a by-product, tailings or slag. */
    public static ProcessOutput output(String lotId, String material, MaterialForm form, Mass mass, Grades grades, OutputRole role) {
        return new ProcessOutput(lot(lotId), material, form, mass, grades, role);
    }

    public static LotsProcessed processed(PartyId actor, SiteId site, List<ProcessInput> inputs, List<ProcessOutput> outputs, int hour) {
        return new LotsProcessed(nextId(), hour(hour), actor, site, "flotation", inputs, outputs);
    }

    public static LotAssayed assayed(String lotId, Grades grades, int hour) {
        return new LotAssayed(nextId(), hour(hour), SGS, lot(lotId), KARACHI_LAB, grades, "SGS-KHI-" + SEQUENCE.incrementAndGet());
    }

    public static ConsignmentExported exported(PartyId actor, SiteId port, List<String> lotIds, int hour) {
        return new ConsignmentExported(nextId(), hour(hour), actor, new ConsignmentId("SB-" + SEQUENCE.incrementAndGet()),
                lotIds.stream().map(LotId::new).toList(), port, BUYER, new CountryCode("US"), new BigDecimal("1250000.00"));
    }

    public static LotAdjusted dried(PartyId actor, String lotId, Mass water, String moisture, int hour) {
        return new LotAdjusted(nextId(), hour(hour), actor, lot(lotId), LotAdjusted.Kind.MOISTURE, water,
                Optional.ofNullable(moisture).map(BigDecimal::new), Optional.empty(), Optional.empty());
    }

    public static LotTransferred sold(PartyId seller, String lotId, PartyId buyer, int hour) {
        return new LotTransferred(nextId(), hour(hour), seller, lot(lotId), buyer, Optional.of("INV-" + SEQUENCE.incrementAndGet()));
    }

    public static LotLost lost(PartyId actor, String lotId, Mass mass, int hour) {
        return new LotLost(nextId(), hour(hour), actor, lot(lotId), mass, "spillage");
    }

    public static Map<LotId, Lot> snapshot(LotBook book) {
        Map<LotId, Lot> copy = new java.util.HashMap<>();
        book.lots().forEach(l -> copy.put(l.id(), l));
        return copy;
    }

    private EventFixture() {
    }
}
