package org.mizan.epcis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as it will be stored: the body as captured (plus its assigned eventID and recordTime) and
 * the values the standard queries filter on, identifiers in canonical Digital Link form.
 */
record CapturedEvent(String eventId, String type, OffsetDateTime eventTime, OffsetDateTime recordTime, String bizStep,
        String disposition, String readPoint, String bizLocation, String transformationId, boolean errorDeclared,
        List<Identified> objects, List<Party> parties, ObjectNode body) {

    /** An identifier the event names, and in which role: epc, parent, input, output, class, input_class, output_class. */
    record Identified(String kind, String id) {
    }

    /** A source or destination. */
    record Party(String role, String type, String id) {
    }

    private static final Map<String, String> EPC_LISTS = Map.of("epcList", "epc", "childEPCs", "epc",
            "inputEPCList", "input", "outputEPCList", "output");
    private static final Map<String, String> QUANTITY_LISTS = Map.of("quantityList", "class", "childQuantityList", "class",
            "inputQuantityList", "input_class", "outputQuantityList", "output_class");

    /** Identity within one capturer's events: the eventID, and whether this is the error declaration for it. */
    String key() {
        return key(eventId, errorDeclared);
    }

    static String key(String eventId, boolean errorDeclared) {
        return errorDeclared ? eventId + " (error declaration)" : eventId;
    }

    static CapturedEvent of(ObjectNode body) {
        List<Identified> objects = new ArrayList<>();
        EPC_LISTS.forEach((field, kind) -> body.path(field).forEach(epc -> objects.add(identified(kind, epc.asString()))));
        QUANTITY_LISTS.forEach((field, kind) -> body.path(field).forEach(q -> objects.add(identified(kind, q.path("epcClass").asString()))));
        if (body.hasNonNull("parentID")) {
            objects.add(identified("parent", body.get("parentID").asString()));
        }
        List<Party> parties = new ArrayList<>();
        body.path("sourceList").forEach(s -> parties.add(party("source", s.path("type").asString(), s.path("source").asString())));
        body.path("destinationList").forEach(d -> parties.add(party("destination", d.path("type").asString(), d.path("destination").asString())));
        return new CapturedEvent(body.get("eventID").asString(), body.get("type").asString(),
                OffsetDateTime.parse(body.get("eventTime").asString()), OffsetDateTime.parse(body.get("recordTime").asString()),
                Vocabulary.shortName(text(body, "bizStep")), Vocabulary.shortName(text(body, "disposition")),
                location(body, "readPoint"), location(body, "bizLocation"), text(body, "transformationID"),
                body.has("errorDeclaration"), objects, parties, body);
    }

    private static Identified identified(String kind, String id) {
        return new Identified(kind, DigitalLink.canonicalOrSelf(id));
    }

    private static Party party(String role, String type, String id) {
        return new Party(role, shortType(type), DigitalLink.canonicalOrSelf(id));
    }

    /** Source/destination types in any spelling, to the CBV short name. */
    static String shortType(String type) {
        for (String prefix : new String[] {Vocabulary.CBV + "SDT-", "urn:epcglobal:cbv:sdt:"}) {
            if (type.startsWith(prefix)) {
                return type.substring(prefix.length());
            }
        }
        return type;
    }

    private static String location(JsonNode body, String field) {
        JsonNode id = body.path(field).path("id");
        return id.isString() ? DigitalLink.canonicalOrSelf(id.asString()) : null;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
