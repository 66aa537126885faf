package org.mizan.epcis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.Rejection;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/**
 * The GS1 EPCIS 2.0 JSON Schema (draft-07), bundled, with {@code format} asserted rather than merely
 * annotated: without {@code format: uri} an invalid bizStep such as {@code "transforming"} would pass.
 */
final class JsonSchema {

    private static final Schema SCHEMA = load();

    private JsonSchema() {
    }

    /** Refuses the document with a 400 problem naming the first violation. */
    static void validate(JsonNode document) {
        List<Error> errors = SCHEMA.validate(document);
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            String where = first.getInstanceLocation() == null ? "$" : first.getInstanceLocation().toString();
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-schema-violation",
                    "The document does not conform to the EPCIS 2.0 JSON Schema: " + where + ": " + first.getMessage(),
                    Map.of("pointer", where, "keyword", String.valueOf(first.getKeyword()), "errors", errors.size()));
        }
    }

    private static Schema load() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = JsonSchema.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled EPCIS JSON Schema is unreadable", e);
        }
    }
}
