package org.mizan.epcis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces bare CBV and GS1 vocabulary values ({@code "shipping"}, {@code "po"}, {@code "Temperature"})
 * by the web-vocabulary IRIs the pinned JSON-LD context expands them to, the way the event-hash reference
 * implementation does: a string is replaced when exactly one expanded vocabulary IRI of the event ends
 * in {@code -value} or {@code /value}.
 */
final class VocabularyExpansion {

    private static final Set<String> VOCAB_PROPERTIES = Set.of("bizStep", "disposition", "type", "exception", "component", "reason");

    private VocabularyExpansion() {
    }

    static JsonNode apply(JsonNode event, Map<String, String> namespaces) {
        Set<String> expanded = new HashSet<>();
        collect(event, null, null, namespaces, expanded);
        return replace(event, bySuffix(expanded));
    }

    private static void collect(JsonNode node, String property, String parent, Map<String, String> ns, Set<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), property, ns, out));
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, property, parent, ns, out));
        } else if (node.isString()) {
            String value = node.asString();
            String term = null;
            if (property != null && VOCAB_PROPERTIES.contains(property)) {
                term = Vocabulary.pinned().expand(property, value);
            } else if (("set".equals(property) || "unset".equals(property)) && "persistentDisposition".equals(parent)) {
                term = Vocabulary.pinned().expand("persistentDisposition", value);
            }
            if (term != null) {
                out.add(term);
            } else if (value.startsWith("cbv:")) {
                out.add(Vocabulary.CBV + value.substring(4));
            } else if (value.startsWith("gs1:")) {
                out.add(Vocabulary.GS1_VOC + value.substring(4));
            } else if (value.startsWith(Vocabulary.CBV) || value.startsWith(Vocabulary.GS1_VOC)) {
                out.add(value);
            }
        }
    }

    /**
     * Each expanded IRI under every value it answers to (what follows any of its {@code -} or {@code /}),
     * so that replacing costs one look-up per string: an event with a million strings is not a million
     * times a million comparisons.
     */
    private static Map<String, Set<String>> bySuffix(Set<String> expanded) {
        Map<String, Set<String>> index = new HashMap<>();
        for (String iri : expanded) {
            for (int i = 0; i < iri.length(); i++) {
                if (iri.charAt(i) == '-' || iri.charAt(i) == '/') {
                    index.computeIfAbsent(iri.substring(i + 1), k -> new HashSet<>()).add(iri);
                }
            }
        }
        return index;
    }

    private static JsonNode replace(JsonNode node, Map<String, Set<String>> expanded) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), replace(e.getValue(), expanded)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(replace(item, expanded)));
            return copy;
        }
        if (node.isString()) {
            Set<String> matches = expanded.getOrDefault(node.asString(), Set.of());
            return matches.size() == 1 ? JsonNodeFactory.instance.stringNode(matches.iterator().next()) : node;
        }
        return node;
    }
}
