package org.mizan.epcis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A captured EPCIS 2.0 document, reduced to what capture needs: its events in JSON-LD form, the
 * namespaces its context declares, the fields its header asks hashers to ignore, and whether it came
 * as XML (the event hash reads the two bindings slightly differently). Built from an
 * EPCISDocument, an EPCISQueryDocument, or a single event.
 */
record EpcisDocument(List<ObjectNode> events, DocumentContext context, Set<String> ignoredFields, boolean xml) {

    static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");

    EpcisDocument {
        events = List.copyOf(events);
        ignoredFields = Set.copyOf(ignoredFields);
    }

    /** A document already valid against the schema. */
    static EpcisDocument fromJson(JsonNode document) {
        DocumentContext context = DocumentContext.of(document.get("@context"));
        String type = document.path("type").asString("");
        JsonNode list;
        if (EVENT_TYPES.contains(type)) {
            list = JsonDocuments.MAPPER.createArrayNode().add(document);
        } else if ("EPCISQueryDocument".equals(type)) {
            list = document.path("epcisBody").path("queryResults").path("resultsBody").path("eventList");
        } else if ("EPCISDocument".equals(type)) {
            list = document.path("epcisBody").path("eventList");
        } else {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-schema-violation",
                    "Expected an EPCISDocument, an EPCISQueryDocument or one event, got type " + Rejection.quote(type), Map.of());
        }
        List<ObjectNode> events = new ArrayList<>();
        list.forEach(e -> events.add((ObjectNode) e));
        return new EpcisDocument(events, context, EventHash.ignoredFields(document), false);
    }
}
