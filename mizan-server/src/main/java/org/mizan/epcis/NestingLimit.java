package org.mizan.epcis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/**
 * The one nesting limit of a captured event, whatever its binding: an event nests at most
 * {@value #MAX_DEPTH} levels of objects and arrays (the event object itself is level 1), counted on the
 * JSON-LD form that is stored and answered. A limit counted on the stored form is the only one the query
 * path can honour for both bindings: XML elements and JSON members do not nest alike (a repeated XML
 * element adds an array level). The parsers refuse much deeper documents before any tree is walked
 * ({@link JsonDocuments#MAX_DEPTH}, {@link XmlDocuments#MAX_ELEMENT_DEPTH}, both this limit plus room for a
 * document's own wrappers), so every walk over an event — conversion, hashing, writing XML — is bounded.
 */
final class NestingLimit {

    static final int MAX_DEPTH = 40;

    private record Level(JsonNode node, int depth) {
    }

    private NestingLimit() {
    }

    static void check(EpcisDocument document) {
        for (int i = 0; i < document.events().size(); i++) {
            int depth = depth(document.events().get(i));
            if (depth > MAX_DEPTH) {
                throw tooDeep("Event " + (i + 1) + " nests " + depth + " levels of objects and arrays; an event nests at most " + MAX_DEPTH)
                        .with("event", i + 1);
            }
        }
    }

    /** The deepest level of objects and arrays, walked with an explicit stack so that no input can exhaust the thread's. */
    static int depth(JsonNode root) {
        int deepest = 0;
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(root, 1));
        while (!open.isEmpty()) {
            Level level = open.pop();
            if (!level.node().isContainer()) {
                continue;
            }
            deepest = Math.max(deepest, level.depth());
            for (JsonNode child : level.node().values()) {
                open.push(new Level(child, level.depth() + 1));
            }
        }
        return deepest;
    }

    static Rejection tooDeep(String detail) {
        return new Rejection(Rejection.Kind.MALFORMED, "epcis-nesting-too-deep", detail, Map.of("maxNestingDepth", MAX_DEPTH));
    }
}
