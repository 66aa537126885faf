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
                .filter(p -> !REFUSED_BY_GS1_SCHEMA.containsKey(p.getFileName().toString())).toList();
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
                .filter(p -> !REFUSED_BY_GS1_XSD.containsKey(p.getFileName().toString())).toList();
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
