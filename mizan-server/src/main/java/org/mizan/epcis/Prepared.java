package org.mizan.epcis;

import java.time.OffsetDateTime;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of a captured event: the event exactly as sent, plus the eventID (its CBV 2.0 hash
 * when the capturer gave none), the recordTime of this capture, and the document's namespace
 * declarations so the event can be read back on its own.
 */
final class Prepared {

    private Prepared() {
    }

    static ObjectNode body(ObjectNode event, EpcisDocument document, OffsetDateTime recordTime) {
        ObjectNode body = event.deepCopy();
        body.put("eventID", eventId(event, document));
        body.put("recordTime", recordTime.toString());
        if (!body.has("@context")) {
            body.set("@context", context(document.context()));
        }
        return body;
    }

    /** The event's own eventID, or its CBV 2.0 event hash when it has none. */
    static String eventId(ObjectNode event, EpcisDocument document) {
        return event.hasNonNull("eventID") ? event.get("eventID").asString() : EventHash.of(event, document);
    }

    static JsonNode context(DocumentContext context) {
        var array = JsonDocuments.MAPPER.createArrayNode().add(Vocabulary.CONTEXT_URL);
        if (!context.namespaces().isEmpty()) {
            ObjectNode namespaces = array.addObject();
            context.namespaces().forEach(namespaces::put);
        }
        return array;
    }

    /** Equal but for the time of capture: a re-sent event, not a different one under the same id. */
    static boolean sameEvent(JsonNode a, JsonNode b) {
        ObjectNode x = ((ObjectNode) a).deepCopy();
        ObjectNode y = ((ObjectNode) b).deepCopy();
        x.remove("recordTime");
        y.remove("recordTime");
        return x.equals(y);
    }
}
