package org.mizan.epcis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/**
 * A document's JSON-LD {@code @context}: remote contexts are accepted only when Mizan holds a pinned
 * copy (never fetched), and inline entries declare the namespace prefixes of extension fields.
 */
record DocumentContext(Map<String, String> namespaces) {

    static final Set<String> PINNED = Set.of(Vocabulary.CONTEXT_URL,
            "https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
            "https://gs1.github.io/EPCIS/epcis-context.jsonld");

    DocumentContext {
        namespaces = Map.copyOf(namespaces);
    }

    static DocumentContext of(JsonNode context) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        if (context == null || context.isNull()) {
            return new DocumentContext(namespaces);
        }
        if (context.isString() || context.isObject()) {
            add(context, namespaces);
        } else if (context.isArray()) {
            context.forEach(c -> add(c, namespaces));
        } else {
            throw invalid("@context must be a string, an object or an array of them");
        }
        return new DocumentContext(namespaces);
    }

    private static void add(JsonNode entry, Map<String, String> namespaces) {
        if (entry.isString()) {
            if (!PINNED.contains(entry.asString())) {
                throw invalid("The context " + Rejection.quote(entry.asString())
                        + " is not one Mizan holds a pinned copy of; only the EPCIS 2.0 context is resolved, and nothing is fetched");
            }
            return;
        }
        if (!entry.isObject()) {
            throw invalid("A @context entry is a context URL or an object of namespace prefixes");
        }
        entry.properties().forEach(e -> {
            if (e.getValue().isString()) {
                namespaces.put(e.getKey(), e.getValue().asString());
            }
        });
    }

    private static Rejection invalid(String detail) {
        return new Rejection(Rejection.Kind.MALFORMED, "epcis-invalid-context", detail, Map.of());
    }
}
