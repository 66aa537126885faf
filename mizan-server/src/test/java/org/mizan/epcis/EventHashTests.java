package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.SharedData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CBV 2.0 event hash against the reference implementation's published vectors. */
class EventHashTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Path> jsonVectors() throws IOException {
        Path dir = SharedData.path("epcis/hash-vectors/tests/examples");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".jsonld"))
                    .filter(p -> Files.exists(sibling(p, ".hashes"))).sorted().toList();
            return list.stream();
        }
    }

    /** Vectors whose pre-hash file is the one its hash file was made from (two files carry stale or garbled pre-hashes). */
    static Stream<Path> consistentPreHashVectors() throws IOException {
        List<Path> consistent = new ArrayList<>();
        for (Path p : jsonVectors().toList()) {
            Path prehashes = sibling(p, ".prehashes");
            if (Files.exists(prehashes) && lines(prehashes).stream().map(EventHash::hash).toList().equals(lines(sibling(p, ".hashes")))) {
                consistent.add(p);
            }
        }
        return consistent.stream();
    }

    @Test
    void mostVectorsCarryConsistentPreHashes() throws IOException {
        assertThat(consistentPreHashVectors().count()).isGreaterThanOrEqualTo(jsonVectors().count() - 4);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }

    @ParameterizedTest
    @MethodSource("consistentPreHashVectors")
    void reproducesPreHashes(Path document) throws IOException {
        Path prehashes = sibling(document, ".prehashes");
        List<String> expected = Files.readAllLines(prehashes).stream().filter(l -> !l.isBlank()).toList();
        assertThat(preHashes(document)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("jsonVectors")
    void reproducesHashes(Path document) throws IOException {
        List<String> expected = Files.readAllLines(sibling(document, ".hashes")).stream().filter(l -> !l.isBlank()).toList();
        List<String> actual = preHashes(document).stream().map(EventHash::hash).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    static Stream<Path> xmlVectors() throws IOException {
        Path dir = SharedData.path("epcis/hash-vectors/tests/examples");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".xml")).filter(p -> Files.exists(sibling(p, ".hashes"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("xmlVectors")
    void reproducesHashesOfXmlDocuments(Path document) throws IOException {
        List<String> expected = lines(sibling(document, ".hashes"));
        // Some vectors are not XSD-valid (query documents, header extensions); the hash does not depend on that.
        EpcisDocument doc = XmlToJson.document(XmlDocuments.parse(Files.readAllBytes(document)));
        List<String> actual = doc.events().stream().map(e -> EventHash.of(e, doc)).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void gs1IdenticalHashExamplesHashAsTheReferenceImplementationDoes() throws IOException {
        String one = onlyHash("event_with_identical_hash_id_1.xml");
        assertThat(onlyHash("event_with_identical_hash_id_3.xml")).isEqualTo(one);
        // As in the reference implementation, the time-zone offset takes part: _2 hashes differently.
        assertThat(onlyHash("event_with_identical_hash_id_2.xml")).isNotEqualTo(one);
        // Unlike it, an xsi:type annotation on an extension is no part of the event's JSON-LD form, so _6 hashes as _1 (ADR 0008).
        assertThat(onlyHash("event_with_identical_hash_id_6.xml")).isEqualTo(one);
    }

    private static String onlyHash(String file) throws IOException {
        EpcisDocument doc = XmlDocuments.read(Files.readAllBytes(SharedData.path("epcis/gs1/XML/WithEventHashID/" + file)));
        List<String> hashes = doc.events().stream().map(e -> EventHash.of(e, doc)).distinct().toList();
        assertThat(hashes).hasSize(1);
        return hashes.get(0);
    }

    @Test
    void hashFormatIsTheNamedInformationUriOfCbv2() {
        assertThat(EventHash.hash("eventType=ObjectEvent")).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
    }

    @Test
    void timesAreUtcMillisecondsRoundedHalfToEven() {
        assertThat(EventHash.utcMillis("2020-01-01T05:00:00.0005+05:00")).isEqualTo("2020-01-01T00:00:00.000Z");
        assertThat(EventHash.utcMillis("2020-01-01T05:00:00.0015+05:00")).isEqualTo("2020-01-01T00:00:00.002Z");
    }

    private static List<String> preHashes(Path document) throws IOException {
        JsonNode doc = JSON.readTree(Files.readString(document));
        DocumentContext context = DocumentContext.of(doc.get("@context"));
        JsonNode body = doc.get("epcisBody");
        JsonNode events = body.has("eventList") ? body.get("eventList")
                : body.has("queryResults") ? body.get("queryResults").get("resultsBody").get("eventList") : JSON.createArrayNode().add(body.get("event"));
        List<String> out = new ArrayList<>();
        java.util.Set<String> ignored = EventHash.ignoredFields(doc);
        events.forEach(e -> out.add(EventHash.preHash(e, context.namespaces(), ignored)));
        return out;
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }
}
