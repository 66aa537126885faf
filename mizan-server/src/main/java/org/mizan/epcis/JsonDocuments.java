package org.mizan.epcis;

import java.util.Map;

import org.mizan.kernel.Rejection;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads EPCIS JSON-LD bodies under tight limits, so that a hostile document is refused while it is
 * parsed: no string over {@value #MAX_STRING} characters, no nesting deeper than {@value #MAX_DEPTH}. A
 * duplicate key keeps its last value, as JavaScript's {@code JSON.parse} does (one GS1 example has one).
 */
final class JsonDocuments {

    static final int MAX_STRING = 65_536;
    static final int MAX_DEPTH = 48;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100).build()).build()).build();

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
            throw malformed("The document exceeds a parsing limit: " + firstLine(e.getOriginalMessage()),
                    Map.of("maxStringLength", MAX_STRING, "maxNestingDepth", MAX_DEPTH));
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
