package org.mizan.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.PartyId;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event schemas published in the OpenAPI document say what the reader reads: the same fields per type and per
 * nested object, every demo event valid, and the reader's refusals (an unknown field, a number for a mass) invalid.
 */
class EventSchemaTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SCHEMA_OF = Map.of("extracted", "LotExtracted", "dispatched", "LotDispatched",
            "received", "LotReceived", "processed", "LotsProcessed", "assayed", "LotAssayed", "exported", "ConsignmentExported",
            "lost", "LotLost", "adjusted", "LotAdjusted", "transferred", "LotTransferred");

    @Test
    void eachTypeAndNestedObjectDescribesExactlyTheFieldsTheReaderReads() throws IOException {
        JsonNode schemas = schemas();
        Map<String, Set<String>> described = new TreeMap<>();
        SCHEMA_OF.forEach((type, name) -> {
            JsonNode schema = schemas.get(name);
            described.put(type, names(schema.get("properties")));
            schema.get("properties").properties().forEach(field -> {
                JsonNode nested = resolve(schemas, field.getValue());
                if (nested.has("properties")) {
                    described.put(type + "." + field.getKey(), names(nested.get("properties")));
                } else if (nested.has("items") && resolve(schemas, nested.get("items")).has("properties")) {
                    described.put(type + "." + field.getKey() + "[]", names(resolve(schemas, nested.get("items")).get("properties")));
                }
            });
        });
        assertThat(described).isEqualTo(new TreeMap<>(EventJson.fields()));
        assertThat(schemas.at("/CustodyEvent/discriminator/mapping").size()).isEqualTo(SCHEMA_OF.size());
    }

    @Test
    void everyDemoEventIsValidAndTheReaderReadsIt() throws IOException {
        Schema body = validator();
        JsonNode demo = JSON.readTree(resource("/demo/custody.json"));
        List<String> checked = new ArrayList<>();
        for (JsonNode entry : demo.get("events")) {
            JsonNode event = entry.get("event");
            assertThat(body.validate(event)).as(event.get("eventId").asString()).isEmpty();
            EventJson.read(event, new PartyId(entry.get("actor").asString()));
            checked.add(event.get("type").asString());
        }
        assertThat(new TreeSet<>(checked)).containsExactly("assayed", "dispatched", "exported", "extracted", "processed", "received");
        // The demo loses nothing: a write-off as the reader takes it.
        JsonNode lost = JSON.readTree("{\"eventId\": \"l-1\", \"type\": \"lost\", \"time\": \"2025-08-05T10:00:00+05:00\","
                + " \"lot\": \"CHG-ORE-2025-0001\", \"massKg\": \"12.5\", \"reason\": \"spill\"}");
        assertThat(body.validate(lost)).isEmpty();
        EventJson.read(lost, new PartyId("fwo"));
        // Nor does it dry or sample: an adjustment of each kind, as the schema and the reader take it, and written back alike.
        for (String adjusted : List.of("\"kind\": \"moisture\", \"massKg\": \"1500\", \"moisture\": \"0.05\"",
                "\"kind\": \"sampling\", \"massKg\": \"5\", \"laboratory\": \"karachi-assay-lab\", \"sampleId\": \"S-1\"")) {
            JsonNode event = JSON.readTree("{\"eventId\": \"a-1\", \"type\": \"adjusted\", \"time\": \"2025-08-05T05:00:01Z\","
                    + " \"actor\": \"fwo\", \"lot\": \"CHG-ORE-2025-0001\", " + adjusted + "}");
            assertThat(body.validate(event)).isEmpty();
            JsonNode written = JSON.valueToTree(EventWriter.write(EventJson.read(event, new PartyId("fwo"))));
            assertThat(written).isEqualTo(event);
        }
        assertThat(body.validate(JSON.readTree("{\"events\": [" + demo.at("/events/0/event") + "]}"))).isEmpty();
    }

    @Test
    void whatTheReaderRefusesAsMalformedIsInvalid() throws IOException {
        Schema body = validator();
        ObjectNode extraction = (ObjectNode) JSON.readTree(resource("/demo/custody.json")).at("/events/0/event");
        List<Error> unknown = body.validate(extraction.deepCopy().put("colour", "green"));
        List<Error> number = body.validate(extraction.deepCopy().put("massKg", 30000));
        List<Error> exponent = body.validate(extraction.deepCopy().put("massKg", "3e4"));
        List<Error> form = body.validate(extraction.deepCopy().put("form", "gravel"));
        assertThat(List.of(unknown, number, exponent, form)).allSatisfy(errors -> assertThat(errors).isNotEmpty());
        assertThat(body.validate(JSON.readTree("{\"events\": []}"))).isNotEmpty();
    }

    private static Schema validator() throws IOException {
        ObjectNode document = JSON.createObjectNode();
        document.put("$ref", "#/components/schemas/EventsBody");
        document.putObject("components").set("schemas", schemas());
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(document);
    }

    private static JsonNode schemas() throws IOException {
        return JSON.readTree(resource("/custody/event-schemas.json"));
    }

    private static JsonNode resolve(JsonNode schemas, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : schemas.get(ref.asString().substring("#/components/schemas/".length()));
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.propertyNames().forEach(names::add);
        return names;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = EventSchemaTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
