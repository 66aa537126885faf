package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.SharedData;
import org.mizan.kernel.Rejection;

/** The bundled GS1 schema, with formats asserted, over the GS1 and OpenEPCIS corpora. */
class JsonSchemaTests {

    static Stream<Path> invalid() throws IOException {
        return list("epcis/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Invalid");
    }

    /**
     * Documents of the valid sets that the GS1 JSON Schema itself refuses, with the pointer of the
     * refusal: persistentDisposition on an AggregationEvent (allowed by the XSD, not by the JSON Schema),
     * and measurement types the schema's enumeration does not list.
     */
    static final java.util.Map<String, String> REFUSED_BY_GS1_SCHEMA = java.util.Map.of(
            "AggregationEvent_with_persistentDisposition.json", "/epcisBody/eventList/1",
            "SensorData_with_combined_events.json", "/epcisBody/eventList/7/sensorElementList/0/sensorReport/1/type",
            "TransactionEvent_with_userExtensions.json", "/epcisBody/eventList/0/sensorElementList/0/sensorReport/0/type");

    /** The one GS1 example that repeats a key in an object (eventID, twice in one event): refused, as every duplicate key is. */
    static final String DUPLICATE_KEY = "AssociationEvent-h.jsonld";

    static Stream<Path> valid() throws IOException {
        return Stream.concat(list("epcis/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Documents"), gs1Json())
                .filter(p -> !REFUSED_BY_GS1_SCHEMA.containsKey(p.getFileName().toString()))
                .filter(p -> !p.getFileName().toString().equals(DUPLICATE_KEY));
    }

    @Test
    void refusesTheGs1ExampleThatRepeatsAKeyNamingTheKey() throws IOException {
        Path file = gs1Json().filter(p -> p.getFileName().toString().equals(DUPLICATE_KEY)).findFirst().orElseThrow();
        assertThatThrownBy(() -> JsonDocuments.read(Files.readAllBytes(file)))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.type()).isEqualTo("epcis-malformed-document");
                    assertThat(r.getMessage()).contains("Duplicate").contains("\"eventID\"");
                });
    }

    static Stream<Path> refusedBySchema() throws IOException {
        return list("epcis/openepcis-test-resources/2.0/EPCIS/JSON/Capture/Documents")
                .filter(p -> REFUSED_BY_GS1_SCHEMA.containsKey(p.getFileName().toString()));
    }

    @ParameterizedTest
    @MethodSource("refusedBySchema")
    void knownSchemaQuirksAreRefusedAtTheDocumentedPointer(Path file) {
        assertThatThrownBy(() -> JsonSchema.validate(JsonDocuments.read(Files.readAllBytes(file))))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.properties().get("pointer"))
                        .isEqualTo(REFUSED_BY_GS1_SCHEMA.get(file.getFileName().toString())));
    }

    static Stream<Path> gs1Json() throws IOException {
        try (Stream<Path> files = Files.walk(SharedData.path("epcis/gs1/JSON"))) {
            return files.filter(p -> p.toString().endsWith(".jsonld")).sorted().toList().stream();
        }
    }

    static Stream<Path> list(String dir) throws IOException {
        try (Stream<Path> files = Files.list(SharedData.path(dir))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("valid")
    void acceptsEveryValidDocument(Path file) throws IOException {
        JsonSchema.validate(JsonDocuments.read(Files.readAllBytes(file)));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsEveryInvalidDocumentNamingTheFirstError(Path file) throws IOException {
        assertThatThrownBy(() -> JsonSchema.validate(JsonDocuments.read(Files.readAllBytes(file))))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.kind()).isEqualTo(Rejection.Kind.MALFORMED);
                    assertThat(r.properties()).containsKey("pointer");
                });
    }

    @Test
    void enforcesUriFormatSoAnUnknownBareBizStepIsRefused() throws IOException {
        String doc = Files.readString(SharedData.path("epcis/gs1/JSON/Example_9.6.1-ObjectEvent.jsonld"))
                .replaceFirst("\"bizStep\"\\s*:\\s*\"[^\"]*\"", "\"bizStep\": \"transforming\"");
        assertThatThrownBy(() -> JsonSchema.validate(JsonDocuments.read(doc.getBytes())))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.getMessage()).contains("bizStep"));
    }
}
