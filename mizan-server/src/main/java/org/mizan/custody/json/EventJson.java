package org.mizan.custody.json;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.mizan.kernel.CountryCode;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;

import tools.jackson.databind.JsonNode;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.ConsignmentId;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.EventId;
import org.mizan.custody.GeoPoint;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotLost;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotTransferred;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.OutputRole;
import org.mizan.custody.OxideGrades;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.ProcessOutput;
import org.mizan.custody.TransitPermit;

/**
 * The JSON form of custody events. Reading is strict: each type and each nested object has a closed
 * set of fields, each of one JSON type ({@link EventFields}); masses are decimal-kilogram strings
 * (exact to the gram); a malformed event is refused before it reaches the sequencer.
 */
public final class EventJson {

    private static final Set<String> COMMON = Set.of("eventId", "type", "time", "actor");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "extracted", Set.of("lot", "site", "material", "form", "massKg", "grades", "location"),
            "dispatched", Set.of("lot", "from", "to", "permit", "scaleResolutionKg", "newLot", "massKg", "decision", "recipient"),
            "received", Set.of("lot", "site", "massKg", "scaleResolutionKg"),
            "processed", Set.of("site", "process", "inputs", "outputs"),
            "assayed", Set.of("lot", "laboratory", "grades", "oxides", "certificate"),
            "exported", Set.of("consignment", "lots", "port", "buyer", "destinationCountry", "declaredValueUsd"),
            "lost", Set.of("lot", "massKg", "reason"),
            "adjusted", Set.of("lot", "kind", "massKg", "moisture", "laboratory", "sampleId"),
            "transferred", Set.of("lot", "buyer", "reference"));
    private static final Set<String> LOCATION = Set.of("lat", "lon");
    private static final Set<String> PERMIT = Set.of("number", "vehicle", "vehicleClass", "maxPayloadKg", "validFrom", "validUntil",
            "singleUse");
    private static final Set<String> INPUT = Set.of("lot", "massKg");
    private static final Set<String> OUTPUT = Set.of("lot", "material", "form", "massKg", "grades", "role");

    private EventJson() {
    }

    /**
     * The fields read, by event type and by nested object ({@code dispatched.permit}, {@code processed.inputs[]}):
     * what the published event schemas must describe.
     */
    static Map<String, Set<String>> fields() {
        Map<String, Set<String>> all = new java.util.TreeMap<>();
        FIELDS.forEach((type, fields) -> all.put(type, union(COMMON, fields)));
        all.put("extracted.location", LOCATION);
        all.put("dispatched.permit", PERMIT);
        all.put("processed.inputs[]", INPUT);
        all.put("processed.outputs[]", OUTPUT);
        return all;
    }

    /**
     * Reads one event. Its actor is the party its body names, or {@code reporter} when it names none; whether
     * the reporter may speak for a party it names is not a question of form (custody's {@code SubmitterPolicy}
     * answers it).
     */
    public static CustodyEvent read(JsonNode node, PartyId reporter) {
        if (node == null || !node.isObject()) {
            EventFields.root(node, COMMON);
        }
        String type = new EventFields(node, "").text("type");
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            throw Rejection.invalid("invalid-event", "Unknown event type " + Rejection.quote(type) + "; known: " + FIELDS.keySet())
                    .with("field", "type");
        }
        EventFields n = EventFields.root(node, union(COMMON, allowed));
        EventId id = n.value("eventId", () -> new EventId(n.text("eventId")));
        OffsetDateTime time = n.time("time");
        PartyId actor = node.has("actor") ? n.value("actor", () -> new PartyId(n.text("actor"))) : reporter;
        try {
            return construct(type, n, id, time, actor);
        } catch (Rejection r) {
            throw r;
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw Rejection.invalid("invalid-event", "Event " + Rejection.quote(id.value()) + ": " + e.getMessage());
        }
    }

    private static CustodyEvent construct(String type, EventFields n, EventId id, OffsetDateTime time, PartyId actor) {
        switch (type) {
            case "extracted":
                EventFields at = n.object("location", LOCATION);
                return new LotExtracted(id, time, actor, lot(n, "lot"), site(n, "site"), n.text("material"), form(n, "form"),
                        n.mass("massKg"), grades(n), at.value("lat", () -> new GeoPoint(at.number("lat"), at.number("lon"))));
            case "dispatched":
                EventFields p = n.object("permit", PERMIT);
                return new LotDispatched(id, time, actor, lot(n, "lot"), site(n, "from"), site(n, "to"),
                        new TransitPermit(p.text("number"), p.text("vehicle"), p.text("vehicleClass"),
                                p.mass("maxPayloadKg"), p.time("validFrom"), p.time("validUntil"), p.optionalBoolean("singleUse")),
                        n.optionalMass("scaleResolutionKg"), part(n), release(n));
            case "received":
                return new LotReceived(id, time, actor, lot(n, "lot"), site(n, "site"), n.mass("massKg"), n.optionalMass("scaleResolutionKg"));
            case "processed":
                return new LotsProcessed(id, time, actor, site(n, "site"), n.text("process"), inputs(n), outputs(n));
            case "assayed":
                // An assay that reports nothing would be recorded as one that confirmed the lot's grades.
                if (n.textsByName("grades").isEmpty() && n.textsByName("oxides").isEmpty()) {
                    throw n.invalid("grades", "An assay reports at least one element's grade or one oxide's");
                }
                Grades grades = grades(n);
                return new LotAssayed(id, time, actor, lot(n, "lot"), site(n, "laboratory"), grades, oxides(n, grades),
                        n.text("certificate"));
            case "exported":
                List<LotId> lots = new ArrayList<>();
                List<String> ids = n.texts("lots");
                for (int i = 0; i < ids.size(); i++) {
                    String lot = ids.get(i);
                    lots.add(n.value("lots[" + i + "]", () -> new LotId(lot)));
                }
                return new ConsignmentExported(id, time, actor, n.value("consignment", () -> new ConsignmentId(n.text("consignment"))),
                        lots, site(n, "port"), n.value("buyer", () -> new PartyId(n.text("buyer"))),
                        n.value("destinationCountry", () -> new CountryCode(n.text("destinationCountry"))), n.decimal("declaredValueUsd"));
            case "adjusted":
                return adjusted(n, id, time, actor);
            case "transferred":
                return new LotTransferred(id, time, actor, lot(n, "lot"), n.value("buyer", () -> new PartyId(n.text("buyer"))),
                        n.optionalText("reference"));
            default:
                return new LotLost(id, time, actor, lot(n, "lot"), n.mass("massKg"), n.text("reason"));
        }
    }

    private static LotAdjusted adjusted(EventFields n, EventId id, OffsetDateTime time, PartyId actor) {
        String code = n.text("kind");
        LotAdjusted.Kind kind = LotAdjusted.kind(code).orElseThrow(() -> n.invalid("kind", "Unknown adjustment kind "
                + Rejection.quote(code) + "; known: moisture, sampling"));
        Optional<BigDecimal> moisture = n.present("moisture") ? Optional.of(n.decimal("moisture")) : Optional.empty();
        Optional<SiteId> laboratory = n.present("laboratory") ? Optional.of(site(n, "laboratory")) : Optional.empty();
        return new LotAdjusted(id, time, actor, lot(n, "lot"), kind, n.mass("massKg"), moisture, laboratory, n.optionalText("sampleId"));
    }

    /** A partial dispatch names the new lot and its mass together; a whole-lot dispatch names neither. */
    private static Optional<LotDispatched.Part> part(EventFields n) {
        if (!n.present("newLot") && !n.present("massKg")) {
            return Optional.empty();
        }
        LotId newLot = lot(n, "newLot");
        Mass mass = n.mass("massKg");
        return Optional.of(n.value("massKg", () -> new LotDispatched.Part(newLot, mass)));
    }

    /** A release out of a reserve names its decision and its recipient together; any other dispatch names neither. */
    private static Optional<LotDispatched.Release> release(EventFields n) {
        if (!n.present("decision") && !n.present("recipient")) {
            return Optional.empty();
        }
        String decision = n.text("decision");
        PartyId recipient = n.value("recipient", () -> new PartyId(n.text("recipient")));
        return Optional.of(n.value("decision", () -> new LotDispatched.Release(decision, recipient)));
    }

    private static List<ProcessInput> inputs(EventFields n) {
        List<ProcessInput> inputs = new ArrayList<>();
        n.objects("inputs", INPUT).forEach(i -> inputs.add(new ProcessInput(lot(i, "lot"), i.mass("massKg"))));
        return inputs;
    }

    private static List<ProcessOutput> outputs(EventFields n) {
        List<ProcessOutput> outputs = new ArrayList<>();
        n.objects("outputs", OUTPUT).forEach(o -> outputs.add(new ProcessOutput(lot(o, "lot"), o.text("material"), form(o, "form"),
                o.mass("massKg"), grades(o), role(o))));
        return outputs;
    }

    /** An output's role; absent, the plant's product, as every output was before roles. */
    private static OutputRole role(EventFields n) {
        return n.optionalText("role").map(code -> OutputRole.of(code).orElseThrow(() -> n.invalid("role", "Unknown output role "
                + Rejection.quote(code) + "; known: product, by-product, tailings, slag"))).orElse(OutputRole.PRODUCT);
    }

    private static Grades grades(EventFields n) {
        Map<ElementSymbol, Grade> fractions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : n.textsByName("grades")) {
            String field = "grades." + e.getKey();
            fractions.put(n.value(field, () -> new ElementSymbol(e.getKey())), n.value(field, () -> Grade.of(e.getValue())));
        }
        return n.value("grades", () -> fractions.isEmpty() ? Grades.none() : Grades.of(fractions));
    }

    /**
     * Oxide figures by formula, each a simple oxide of an element the assay does not also report (as an element or
     * as another oxide), their element grades together with the reported ones at most 1; a refusal names the field.
     */
    private static OxideGrades oxides(EventFields n, Grades grades) {
        Map<String, Grade> oxides = new TreeMap<>();
        Set<ElementSymbol> reported = new HashSet<>(grades.fractions().keySet());
        for (Map.Entry<String, String> e : n.textsByName("oxides")) {
            String field = "oxides." + e.getKey();
            ElementSymbol element = n.value(field, () -> OxideGrades.element(e.getKey()));
            if (!reported.add(element)) {
                throw n.invalid(field, "Field " + field + " reports " + element + ", which the assay already reports"
                        + (grades.fractions().containsKey(element) ? " in grades" : " as another oxide") + ": report an element once");
            }
            oxides.put(e.getKey(), n.value(field, () -> Grade.of(e.getValue())));
        }
        OxideGrades read = n.value("oxides", () -> new OxideGrades(oxides));
        n.value("oxides", () -> grades.updatedBy(read.elements()));
        return read;
    }

    private static LotId lot(EventFields n, String field) {
        return n.value(field, () -> new LotId(n.text(field)));
    }

    private static SiteId site(EventFields n, String field) {
        return n.value(field, () -> new SiteId(n.text(field)));
    }

    private static MaterialForm form(EventFields n, String field) {
        String code = n.text(field);
        try {
            return MaterialForm.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw n.invalid(field, "Unknown form " + Rejection.quote(code));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
