package org.mizan.custody;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

/**
 * The JSON form of custody events, both ways. Reading is strict: each type has a closed set of
 * fields, masses are decimal-kilogram strings (exact to the gram), and a malformed event is refused
 * before it reaches the sequencer.
 */
final class EventJson {

    private static final Set<String> COMMON = Set.of("eventId", "type", "time");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "extracted", Set.of("lot", "site", "material", "form", "massKg", "grades", "location"),
            "dispatched", Set.of("lot", "from", "to", "permit"),
            "received", Set.of("lot", "site", "massKg"),
            "processed", Set.of("site", "process", "inputs", "outputs"),
            "assayed", Set.of("lot", "laboratory", "grades", "certificate"),
            "exported", Set.of("consignment", "lots", "port", "buyer", "destinationCountry", "declaredValueUsd"),
            "lost", Set.of("lot", "massKg", "reason"));

    private EventJson() {
    }

    static CustodyEvent read(JsonNode node, PartyId actor) {
        if (node == null || !node.isObject()) {
            throw invalid("An event is a JSON object");
        }
        String type = text(node, "type");
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            throw invalid("Unknown event type " + Rejection.quote(type) + "; known: " + FIELDS.keySet());
        }
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext();) {
            String name = names.next();
            if (!COMMON.contains(name) && !allowed.contains(name) && !"actor".equals(name)) {
                throw new Rejection(Rejection.Kind.MALFORMED, "unknown-field", "A " + type + " event has no field "
                        + Rejection.quote(name), Map.of("field", name));
            }
        }
        try {
            return construct(type, node, new EventId(text(node, "eventId")), time(node, "time"), actor);
        } catch (Rejection r) {
            throw r;
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw invalid("Event " + Rejection.quote(node.path("eventId").asString("")) + ": " + e.getMessage());
        }
    }

    private static CustodyEvent construct(String type, JsonNode n, EventId id, OffsetDateTime time, PartyId actor) {
        switch (type) {
            case "extracted":
                JsonNode at = required(n, "location");
                return new LotExtracted(id, time, actor, lot(n, "lot"), site(n, "site"), text(n, "material"), form(n, "form"),
                        mass(n, "massKg"), grades(n), new GeoPoint(number(at, "lat"), number(at, "lon")));
            case "dispatched":
                JsonNode p = required(n, "permit");
                return new LotDispatched(id, time, actor, lot(n, "lot"), site(n, "from"), site(n, "to"),
                        new TransitPermit(text(p, "number"), text(p, "vehicle"), text(p, "vehicleClass"),
                                mass(p, "maxPayloadKg"), time(p, "validFrom"), time(p, "validUntil")));
            case "received":
                return new LotReceived(id, time, actor, lot(n, "lot"), site(n, "site"), mass(n, "massKg"));
            case "processed":
                return new LotsProcessed(id, time, actor, site(n, "site"), text(n, "process"), inputs(n), outputs(n));
            case "assayed":
                return new LotAssayed(id, time, actor, lot(n, "lot"), site(n, "laboratory"), grades(n), text(n, "certificate"));
            case "exported":
                List<LotId> lots = new ArrayList<>();
                array(n, "lots").forEach(l -> lots.add(new LotId(l.asString())));
                return new ConsignmentExported(id, time, actor, new ConsignmentId(text(n, "consignment")), lots,
                        site(n, "port"), new PartyId(text(n, "buyer")), new CountryCode(text(n, "destinationCountry")),
                        new BigDecimal(text(n, "declaredValueUsd")));
            default:
                return new LotLost(id, time, actor, lot(n, "lot"), mass(n, "massKg"), text(n, "reason"));
        }
    }

    private static List<ProcessInput> inputs(JsonNode n) {
        List<ProcessInput> inputs = new ArrayList<>();
        array(n, "inputs").forEach(i -> inputs.add(new ProcessInput(lot(i, "lot"), mass(i, "massKg"))));
        return inputs;
    }

    private static List<ProcessOutput> outputs(JsonNode n) {
        List<ProcessOutput> outputs = new ArrayList<>();
        array(n, "outputs").forEach(o -> outputs.add(new ProcessOutput(lot(o, "lot"), text(o, "material"), form(o, "form"),
                mass(o, "massKg"), grades(o))));
        return outputs;
    }

    private static Grades grades(JsonNode n) {
        JsonNode grades = n.get("grades");
        if (grades == null || grades.isNull()) {
            return Grades.none();
        }
        if (!grades.isObject()) {
            throw invalid("grades is an object of element symbol to mass fraction, e.g. {\"Cu\": \"0.28\"}");
        }
        Map<ElementSymbol, Grade> fractions = new LinkedHashMap<>();
        grades.properties().forEach(e -> fractions.put(new ElementSymbol(e.getKey()), Grade.of(e.getValue().asString())));
        return Grades.of(fractions);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            throw invalid("Field " + field + " is required").with("field", field);
        }
        return value;
    }

    private static JsonNode array(JsonNode n, String field) {
        JsonNode value = required(n, field);
        if (!value.isArray()) {
            throw invalid("Field " + field + " must be an array").with("field", field);
        }
        return value;
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = required(n, field);
        if (!value.isString() && !value.isNumber()) {
            throw invalid("Field " + field + " must be a string").with("field", field);
        }
        return value.asString();
    }

    private static double number(JsonNode n, String field) {
        JsonNode value = required(n, field);
        if (!value.isNumber()) {
            throw invalid("Field " + field + " must be a number").with("field", field);
        }
        return value.asDouble();
    }

    private static Mass mass(JsonNode n, String field) {
        JsonNode value = required(n, field);
        if (!value.isString()) {
            throw invalid("Field " + field + " is a decimal string of kilograms, e.g. \"1250.5\"").with("field", field);
        }
        return Mass.ofKilograms(value.asString());
    }

    private static OffsetDateTime time(JsonNode n, String field) {
        try {
            return OffsetDateTime.parse(text(n, field));
        } catch (DateTimeParseException e) {
            throw invalid("Field " + field + " must be an ISO-8601 time with offset, e.g. 2025-10-01T09:30:00+05:00")
                    .with("field", field);
        }
    }

    private static LotId lot(JsonNode n, String field) {
        return new LotId(text(n, field));
    }

    private static SiteId site(JsonNode n, String field) {
        return new SiteId(text(n, field));
    }

    private static MaterialForm form(JsonNode n, String field) {
        String code = text(n, field);
        try {
            return MaterialForm.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("Unknown form " + Rejection.quote(code)).with("field", field);
        }
    }

    private static Rejection invalid(String detail) {
        return Rejection.invalid("invalid-event", detail);
    }
}
