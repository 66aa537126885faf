package org.mizan.epcis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An EPCISQueryDocument of stored events with one context for the document, as captured documents have:
 * the namespace declarations each event was stored with are merged into the document's {@code @context}
 * and left off the events, so a reader (the event-hash reference implementation among them) resolves every
 * event's extension prefixes from the document, as it would in the document the events were captured in.
 * Only an event whose prefix means another namespace than in an earlier event of the same page keeps its
 * own context, because one document context cannot say both.
 */
final class QueryDocument {

    private QueryDocument() {
    }

    static ObjectNode of(List<JsonNode> events, String creationDate) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        List<JsonNode> listed = events.stream().map(e -> shared(e, namespaces)).toList();
        ObjectNode document = JsonDocuments.MAPPER.createObjectNode();
        document.set("@context", Prepared.context(new DocumentContext(namespaces)));
        document.put("type", "EPCISQueryDocument").put("schemaVersion", "2.0").put("creationDate", creationDate);
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        ArrayNode list = results.putObject("resultsBody").putArray("eventList");
        listed.forEach(list::add);
        return document;
    }

    // The event without its own context when its declarations agree with the document's so far (and join them).
    private static JsonNode shared(JsonNode event, Map<String, String> namespaces) {
        if (!event.has("@context")) {
            return event;
        }
        Map<String, String> own = DocumentContext.of(event.get("@context")).namespaces();
        boolean agrees = own.entrySet().stream().allMatch(e -> e.getValue().equals(namespaces.getOrDefault(e.getKey(), e.getValue())));
        if (!agrees) {
            return event;
        }
        namespaces.putAll(own);
        ObjectNode copy = ((ObjectNode) event).deepCopy();
        copy.remove("@context");
        return copy;
    }
}
