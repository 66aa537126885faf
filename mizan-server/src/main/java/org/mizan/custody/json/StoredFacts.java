package org.mizan.custody.json;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.mizan.kernel.CountryCode;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

import tools.jackson.databind.JsonNode;
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
import org.mizan.custody.TransferFacts;
import org.mizan.custody.TransitFacts;
import org.mizan.custody.TransitPermit;

/**
 * The stored form of an event's facts: the {@link CustodyFacts} record written by Jackson field by
 * field (ids bare, masses as kilogram strings, times as ISO-8601), and read back into the same record.
 * The written form is what every stored row holds, so it never changes; reading follows it. The
 * declared value is a JSON number there and comes back as precise as the JSON tree holds it (a
 * double): the exact figure is the exported event's own.
 */
public final class StoredFacts {

    private StoredFacts() {
    }

    public static String write(JsonMapper json, CustodyFacts facts) {
        return json.writeValueAsString(facts);
    }

    /** The facts of an event of the given stored type; a form that does not read back throws. */
    public static CustodyFacts read(String type, JsonNode f) {
        EventId id = new EventId(text(f, "eventId"));
        switch (type) {
            case "extracted":
                JsonNode at = f.required("location");
                return new ExtractionFacts(id, lot(f, "lot"), site(f, "site"), new PartyId(text(f, "operator")),
                        f.path("licence").isNull() ? Optional.empty() : Optional.of(new LicenceNumber(text(f, "licence"))),
                        new GeoPoint(at.required("latitude").doubleValue(), at.required("longitude").doubleValue()), mass(f, "mass"),
                        time(f, "time"));
            case "dispatched":
                return new DispatchFacts(id, lot(f, "lot"), site(f, "from"), site(f, "to"), mass(f, "mass"), permit(f.required("permit")),
                        time(f, "time"), f.hasNonNull("splitFrom") ? Optional.of(lot(f, "splitFrom")) : Optional.empty());
            case "received":
                return new TransitFacts(id, lot(f, "lot"), site(f, "from"), site(f, "to"), permit(f.required("permit")),
                        mass(f, "dispatchedMass"), mass(f, "receivedMass"), time(f, "dispatchedAt"), time(f, "receivedAt"),
                        f.hasNonNull("scaleResolution") ? Optional.of(mass(f, "scaleResolution")) : Optional.empty());
            case "processed":
                List<ElementBalance> elements = new ArrayList<>();
                f.required("elements").forEach(e -> elements.add(new ElementBalance(new ElementSymbol(text(e, "element")),
                        mass(e, "input"), mass(e, "output"), e.required("breached").booleanValue())));
                return new ProcessBalance(id, site(f, "site"), new PartyId(text(f, "actor")), text(f, "process"), elements);
            case "assayed":
                return new AssayFacts(id, lot(f, "lot"), site(f, "laboratory"), text(f, "certificate"),
                        StoredForms.grades(f.required("previous")), StoredForms.grades(f.required("reported")), oxides(f));
            case "exported":
                return new ExportFacts(id, new ConsignmentId(text(f, "consignment")), site(f, "port"),
                        new CountryCode(text(f, "destinationCountry")), f.required("declaredValueUsd").decimalValue(),
                        masses(f.required("exportedMass"), LotId::new), masses(f.required("containedMass"), ElementSymbol::new));
            case "lost":
                return new LossFacts(id, lot(f, "lot"), site(f, "site"), mass(f, "lost"), mass(f, "remaining"), text(f, "reason"));
            case "adjusted":
                return new AdjustmentFacts(id, lot(f, "lot"), site(f, "site"),
                        LotAdjusted.kind(text(f, "kind")).orElseThrow(() -> new IllegalArgumentException("unknown kind " + f.get("kind"))),
                        mass(f, "removed"), mass(f, "remaining"), StoredForms.grades(f.required("previous")),
                        StoredForms.grades(f.required("grades")));
            case "transferred":
                return new TransferFacts(id, lot(f, "lot"), site(f, "site"), new PartyId(text(f, "seller")), new PartyId(text(f, "buyer")),
                        mass(f, "mass"), f.hasNonNull("reference") ? Optional.of(text(f, "reference")) : Optional.empty());
            default:
                throw new IllegalArgumentException("no facts are stored for events of type " + type);
        }
    }

    private static Map<String, Grade> oxides(JsonNode f) {
        Map<String, Grade> oxides = new TreeMap<>();
        if (f.hasNonNull("oxides")) {
            f.get("oxides").properties().forEach(e -> oxides.put(e.getKey(), Grade.of(e.getValue().asString())));
        }
        return oxides;
    }

    private static TransitPermit permit(JsonNode p) {
        return new TransitPermit(text(p, "number"), text(p, "vehicle"), text(p, "vehicleClass"), mass(p, "maxPayload"),
                time(p, "validFrom"), time(p, "validUntil"),
                p.hasNonNull("singleUse") ? Optional.of(p.required("singleUse").booleanValue()) : Optional.empty());
    }

    private static <K> Map<K, Mass> masses(JsonNode node, Function<String, K> key) {
        Map<K, Mass> masses = new LinkedHashMap<>();
        node.properties().forEach(e -> masses.put(key.apply(e.getKey()), Mass.ofKilograms(e.getValue().asString())));
        return masses;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.required(field);
        if (!value.isString()) {
            throw new IllegalArgumentException("stored field " + field + " is not a string");
        }
        return value.asString();
    }

    private static LotId lot(JsonNode node, String field) {
        return new LotId(text(node, field));
    }

    private static SiteId site(JsonNode node, String field) {
        return new SiteId(text(node, field));
    }

    private static Mass mass(JsonNode node, String field) {
        return Mass.ofKilograms(text(node, field));
    }

    private static OffsetDateTime time(JsonNode node, String field) {
        return OffsetDateTime.parse(text(node, field));
    }
}
