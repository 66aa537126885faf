package org.mizan.epcis;

import java.util.Map;

import org.mizan.kernel.Rejection;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads EPCIS JSON-LD bodies under tight limits, so that a hostile document is refused while it is
 * parsed: no string over {@value #MAX_STRING} characters, no nesting deeper than {@value #MAX_DEPTH}
 * (the event limit of {@link NestingLimit} plus the levels of the deepest document wrapper, an
 * EPCISQueryDocument's), and no key twice in one object — a duplicate is ambiguous (JavaScript keeps the
 * last value, other parsers the first), and a capture must not mean one thing to Mizan and another to the
 * system that sent it.
 */
final class JsonDocuments {

    static final int MAX_STRING = 65_536;
    /** An EPCISQueryDocument puts its events six levels down (document, epcisBody, queryResults, resultsBody, eventList, event). */
    static final int MAX_DEPTH = NestingLimit.MAX_DEPTH + 5;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

    /**
     * Reads events back from storage. They passed {@link NestingLimit} on capture, but rows stored before it
     * existed may nest deeper; the tree reader is not recursive, so a stored row is read whatever its depth
     * and never stops a query that includes it.
     */
    static final JsonMapper STORED = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).maxNestingDepth(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).maxDocumentLength(-1).build()).build()).build();

    private JsonDocuments() {
    }

    static JsonNode read(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode() || !node.isObject()) {
                throw malformed("The body is not a JSON object", Map.of());
            }
            return node;
        } catch (StreamConstraintsException e) {
            String message = firstLine(e.getOriginalMessage());
            if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
                throw NestingLimit.tooDeep("The document nests deeper than any document of events within the limit can: an event nests at most "
                        + NestingLimit.MAX_DEPTH + " levels of objects and arrays");
            }
            throw malformed("The document exceeds a parsing limit: " + message,
                    Map.of("maxStringLength", MAX_STRING, "maxNestingDepth", NestingLimit.MAX_DEPTH));
        } catch (JacksonException e) {
            throw malformed("The body is not well-formed JSON: " + firstLine(e.getOriginalMessage()), Map.of());
        }
    }

    private static Rejection malformed(String detail, Map<String, Object> properties) {
        return new Rejection(Rejection.Kind.MALFORMED, "epcis-malformed-document", detail, properties);
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
