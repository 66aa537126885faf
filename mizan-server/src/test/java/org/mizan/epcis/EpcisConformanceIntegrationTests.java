package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conformance over real HTTP: every valid GS1 and OpenEPCIS document is accepted and each of its events
 * comes back equivalent, in JSON-LD and in XML; every OpenEPCIS invalid document is refused with 400.
 */
class EpcisConformanceIntegrationTests extends EpcisIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger PARTIES = new AtomicInteger();

    static List<Path> validJson() {
        return Corpus.validJsonDocuments();
    }

    static List<Path> validXml() {
        return Corpus.validXmlDocuments();
    }

    static List<Path> invalid() {
        return List.of(Corpus.files(Corpus.OPEN + "JSON/Capture/Invalid", ".json"), Corpus.files(Corpus.OPEN + "XML/Capture/Invalid", ".xml"))
                .stream().flatMap(List::stream).toList();
    }

    private EpcisClient freshParty() {
        return client("conformance-" + PARTIES.incrementAndGet());
    }

    @ParameterizedTest
    @MethodSource("validJson")
    void acceptsEveryValidJsonDocumentAndReturnsEachEventEquivalent(Path file) {
        EpcisClient epcis = freshParty();
        JsonNode job = epcis.captureJob(Corpus.bytes(file), "application/ld+json");
        assertThat(job.get("success").asBoolean()).as(Corpus.name(file) + " " + job).isTrue();
        List<JsonNode> sent = EpcisDocument.fromJson(JSON.readTree(Corpus.bytes(file))).events().stream().map(JsonNode.class::cast).toList();
        assertReturnedEquivalent(epcis, sent, file);
    }

    @ParameterizedTest
    @MethodSource("validXml")
    void acceptsEveryValidXmlDocumentAndReturnsEachEventEquivalentInBothBindings(Path file) {
        EpcisClient epcis = freshParty();
        JsonNode job = epcis.captureJob(Corpus.bytes(file), "application/xml");
        assertThat(job.get("success").asBoolean()).as(Corpus.name(file) + " " + job).isTrue();
        List<JsonNode> sent = XmlDocuments.read(Corpus.bytes(file)).events().stream().map(JsonNode.class::cast).toList();
        assertReturnedEquivalent(epcis, sent, file);
    }

    private void assertReturnedEquivalent(EpcisClient epcis, List<JsonNode> sent, Path file) {
        JsonNode returned = epcis.query("perPage=1000").json().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(returned.size()).as(Corpus.name(file)).isEqualTo(distinctEvents(sent));
        for (int i = 0; i < returned.size(); i++) {
            String id = returned.get(i).get("eventID").asString();
            EpcisClient.Response json = epcis.event(id);
            assertThat(json.status()).as(Corpus.name(file) + " " + json.body()).isEqualTo(200);
            assertThat(sent.stream().anyMatch(s -> Equivalence.same(s, json.json()))).as(Corpus.name(file) + " event " + id + ": " + json.body())
                    .isTrue();
            EpcisClient.Response xml = epcis.get("/epcis/events/" + EpcisClient.param(id), "application/xml");
            assertThat(xml.status()).as(xml.body()).isEqualTo(200);
            JsonNode back = XmlDocuments.read(xml.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).events().get(0);
            assertThat(Equivalence.acrossBindings(back)).as(Corpus.name(file) + " XML round trip of " + id)
                    .isEqualTo(Equivalence.acrossBindings(json.json()));
        }
    }

    private static long distinctEvents(List<JsonNode> sent) {
        return sent.stream().map(e -> Equivalence.comparable(e, true)).distinct().count();
    }

    static List<Path> singleEvents() {
        return List.of(Corpus.files(Corpus.OPEN + "JSON/Capture/Events", ".json"), Corpus.files(Corpus.OPEN + "XML/Capture/Events", ".xml"))
                .stream().flatMap(List::stream).filter(p -> !Corpus.REFUSED_BY_GS1_XSD.containsKey(p.getFileName().toString())).toList();
    }

    @ParameterizedTest
    @MethodSource("singleEvents")
    void capturesEverySingleEventWith201AndReturnsItEquivalent(Path file) {
        EpcisClient epcis = freshParty();
        boolean xml = file.toString().endsWith(".xml");
        EpcisClient.Response created = epcis.postEvent(Corpus.bytes(file), xml ? "application/xml" : "application/ld+json");
        assertThat(created.status()).as(Corpus.name(file) + " " + created.body()).isEqualTo(201);
        JsonNode sent = xml ? XmlDocuments.read(Corpus.bytes(file)).events().get(0) : JSON.readTree(Corpus.bytes(file));
        JsonNode back = epcis.get(created.header("Location"), null).json();
        assertThat(Equivalence.acrossBindings(back)).as(Corpus.name(file)).isEqualTo(Equivalence.acrossBindings(
                ((tools.jackson.databind.node.ObjectNode) sent).deepCopy().put("eventID", back.get("eventID").asString())));
    }

    static List<Path> xsdQuirks() {
        return java.util.stream.Stream.concat(Corpus.xsdQuirks().stream(), Corpus.files(Corpus.OPEN + "XML/Capture/Events", ".xml").stream()
                .filter(p -> Corpus.REFUSED_BY_GS1_XSD.containsKey(p.getFileName().toString()))).toList();
    }

    @ParameterizedTest
    @MethodSource("xsdQuirks")
    void refusesTheValidSetsXsdInvalidDocumentsNamingTheXsdRule(Path file) {
        EpcisClient epcis = freshParty();
        EpcisClient.Response reply = file.toString().contains("/Events/") ? epcis.postEvent(Corpus.bytes(file), "application/xml")
                : epcis.capture(Corpus.bytes(file), "application/xml");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("detail").asString()).contains(Corpus.REFUSED_BY_GS1_XSD.get(file.getFileName().toString()));
    }

    static List<Path> refusedForKeys() {
        return Corpus.refusedForKeys();
    }

    @ParameterizedTest
    @MethodSource("refusedForKeys")
    void refusesTheValidSetsDocumentsWithAnInvalidGs1KeyOrARepeatedKeyNamingIt(Path file) {
        EpcisClient epcis = freshParty();
        String name = file.getFileName().toString();
        EpcisClient.Response reply = epcis.capture(Corpus.bytes(file), name.endsWith(".xml") ? "application/xml" : "application/ld+json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        if (Corpus.INVALID_GS1_KEYS.containsKey(name)) {
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/epcis-invalid-gs1-key");
            assertThat(reply.json().get("key").asString()).isEqualTo(Corpus.INVALID_GS1_KEYS.get(name));
        } else {
            assertThat(reply.json().get("detail").asString()).contains("Duplicate").contains("\"eventID\"");
        }
        assertThat(epcis.query("").json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isZero();
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void refusesEveryInvalidDocumentWith400NamingTheFirstError(Path file) {
        EpcisClient epcis = freshParty();
        String type = file.toString().endsWith(".xml") ? "application/xml" : "application/ld+json";
        EpcisClient.Response reply = epcis.capture(Corpus.bytes(file), type);
        assertThat(reply.status()).as(Corpus.name(file) + " " + reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("problem+json");
        assertThat(reply.json().get("detail").asString()).as(reply.body()).containsAnyOf("EPCIS 2.0", "line", "not well-formed");
        assertThat(epcis.query("").json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isZero();
    }
}
