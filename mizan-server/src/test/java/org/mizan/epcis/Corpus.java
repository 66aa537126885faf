package org.mizan.epcis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.mizan.SharedData;

/**
 * The EPCIS conformance corpus, read in place from the shared reference data: the GS1 example
 * documents and the OpenEPCIS test resources, with the documented exceptions named here.
 */
final class Corpus {

    static final String OPEN = "epcis/openepcis-test-resources/2.0/EPCIS/";

    /** Valid-set documents that the GS1 JSON Schema itself refuses, with the pointer it names. */
    static final Map<String, String> REFUSED_BY_GS1_SCHEMA = JsonSchemaTests.REFUSED_BY_GS1_SCHEMA;

    /**
     * GS1 files that are not capturable EPCIS documents or that GS1 documents as failing: capture job
     * examples (EPCISCaptureJob roots) and the identical-hash JSON twin that uses URN vocabulary JSON does not allow.
     */
    static final List<String> NOT_DOCUMENTS = List.of("CaptureJob/", "WithEventHashID/event_with_identical_hash_id_7.json");

    /**
     * OpenEPCIS valid-set documents whose GRAI Digital Links are no GS1 keys, with the key refused: a
     * wrong check digit (0300134500077 has check digit 6, not 1), and a GRAI without its leading filler 0.
     */
    static final Map<String, String> INVALID_GS1_KEYS = Map.of(
            "Combination_of_different_event.json", "https://id.example.com/8003/030013450007718765",
            "Combination_of_different_event.xml", "https://id.example.com/8003/030013450007718765",
            "SensorData_with_combined_events.xml", "https://id.example.com/8003/952012200000001004");

    private Corpus() {
    }

    static List<Path> files(String dir, String suffix) {
        try (Stream<Path> files = Files.walk(SharedData.path(dir))) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> validJsonDocuments() {
        return Stream.concat(files(OPEN + "JSON/Capture/Documents", ".json").stream(), files("epcis/gs1/JSON", ".jsonld").stream())
                .filter(p -> !REFUSED_BY_GS1_SCHEMA.containsKey(p.getFileName().toString()))
                .filter(p -> !p.getFileName().toString().equals(JsonSchemaTests.DUPLICATE_KEY))
                .filter(p -> !INVALID_GS1_KEYS.containsKey(p.getFileName().toString())).toList();
    }

    /**
     * OpenEPCIS "valid" XML documents that the GS1 XSD refuses, with the start of the refusal: fields out of
     * the XSD's sequence order, and event elements put in the EPCIS namespace (in a document and as a single event).
     */
    static final Map<String, String> REFUSED_BY_GS1_XSD = Map.of(
            "JumbledFieldsOrder.xml", "cvc-complex-type.2.4.a",
            "Namespace_document.xml", "cvc-complex-type.2.4.a",
            "Namespace_event.xml", "cvc-elt.1.a");

    static List<Path> validXmlDocuments() {
        return Stream.concat(files(OPEN + "XML/Capture/Documents", ".xml").stream(), files("epcis/gs1/XML", ".xml").stream())
                .filter(p -> NOT_DOCUMENTS.stream().noneMatch(n -> p.toString().replace('\\', '/').contains(n)))
                .filter(p -> !REFUSED_BY_GS1_XSD.containsKey(p.getFileName().toString()))
                .filter(p -> !INVALID_GS1_KEYS.containsKey(p.getFileName().toString())).toList();
    }

    /** The valid-set documents refused for an invalid GS1 key, and the one GS1 example that repeats a key. */
    static List<Path> refusedForKeys() {
        return Stream.of(files(OPEN + "JSON/Capture/Documents", ".json"), files(OPEN + "XML/Capture/Documents", ".xml"),
                files("epcis/gs1/JSON", ".jsonld")).flatMap(List::stream)
                .filter(p -> INVALID_GS1_KEYS.containsKey(p.getFileName().toString())
                        || p.getFileName().toString().equals(JsonSchemaTests.DUPLICATE_KEY)).toList();
    }

    static List<Path> xsdQuirks() {
        return files(OPEN + "XML/Capture/Documents", ".xml").stream()
                .filter(p -> REFUSED_BY_GS1_XSD.containsKey(p.getFileName().toString())).toList();
    }

    static List<Path> gs1NonDocuments() {
        return files("epcis/gs1/XML", "").stream()
                .filter(p -> NOT_DOCUMENTS.stream().anyMatch(n -> p.toString().replace('\\', '/').contains(n))).toList();
    }

    static String name(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
