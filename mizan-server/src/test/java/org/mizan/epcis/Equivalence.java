package org.mizan.epcis;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * When a returned event says the same as the captured one: equal JSON once the fields the server adds
 * (recordTime, an assigned eventID, the @context it carries) are set aside, numbers compared by value.
 */
final class Equivalence {

    private Equivalence() {
    }

    static JsonNode comparable(JsonNode event, boolean keepEventId) {
        ObjectNode copy = ((ObjectNode) event).deepCopy();
        copy.remove("recordTime");
        copy.remove("@context");
        if (!keepEventId) {
            copy.remove("eventID");
        }
        return normalised(copy);
    }

    static boolean same(JsonNode sent, JsonNode returned) {
        boolean sentId = sent.has("eventID");
        return comparable(sent, sentId).equals(comparable(returned, sentId));
    }

    /**
     * Equal across the JSON-LD and XML bindings: XML carries no JSON types, so scalars are compared as
     * text, and a one-element array of an extension is the single element XML cannot tell apart from it.
     */
    static JsonNode acrossBindings(JsonNode event) {
        return textual(comparable(event, true));
    }

    private static JsonNode textual(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> out.set(e.getKey(), textual(e.getKey().contains(":") && e.getValue().isArray()
                    && e.getValue().size() == 1 ? e.getValue().get(0) : e.getValue())));
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(textual(n)));
            return out;
        }
        if (node.isNumber()) {
            return JsonNodeFactory.instance.stringNode(new BigDecimal(node.asString()).stripTrailingZeros().toPlainString());
        }
        if (node.isBoolean() || node.isString()) {
            return JsonNodeFactory.instance.stringNode(Cbv.bare(node.asString().strip()));
        }
        return node;
    }

    private static JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> out.set(e.getKey(), normalised(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(normalised(n)));
            return out;
        }
        if (node.isNumber()) {
            return JsonNodeFactory.instance.numberNode(new BigDecimal(node.asString()).stripTrailingZeros());
        }
        return node;
    }
}
