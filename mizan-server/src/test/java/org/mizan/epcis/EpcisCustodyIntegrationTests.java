package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.security.Role;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mineral chain captured through EPCIS on the demo registry (the demo loads it at start; capturing
 * it again replays): custody follows it, queries find it by any spelling of its identifiers, and a
 * custody violation fails the capture without storing anything.
 */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class EpcisCustodyIntegrationTests extends EpcisIntegrationTest {

    private static final String ND_OXIDE_URN = "urn:epc:class:lgtin:896000123.0041.HUBN2511";
    private static final String ND_OXIDE_DL = "https://id.gs1.org/01/08960001230412/10/HUBN2511";

    private EpcisClient regulator;

    @BeforeEach
    void captureTheChain() {
        for (MineralChain.Step step : MineralChain.steps()) {
            JsonNode job = new EpcisClient(port(), keyFor(step.actor(), Role.OPERATOR)).captureJob(step.json(), "application/ld+json");
            assertThat(job.get("success").asBoolean()).as(step.document() + " " + job).isTrue();
        }
        // Auditors read every event (docs/adr/0008-epcis-mapping.md); the read scope table tests the other roles.
        regulator = new EpcisClient(port(), keyFor("eiti-pk-msg", Role.AUDITOR));
    }

    @Test
    void custodyFollowsTheChainToTheExport() {
        EpcisClient admin = new EpcisClient(port(), adminKey());
        EpcisClient.Response lot = admin.get("/api/v1/lots/" + EpcisClient.param(ND_OXIDE_DL), null);
        assertThat(lot.status()).as(lot.body()).isEqualTo(200);
        assertThat(lot.json().get("status").asString()).isEqualTo("exported");
        assertThat(lot.json().get("material").asString()).isEqualTo("nd-oxide");
        assertThat(lot.json().get("grossMassKg").asString()).isEqualTo("410");
        EpcisClient.Response consignment = admin.get("/api/v1/consignments/PK-EXP-2025-11-0002", null);
        assertThat(consignment.status()).as(consignment.body()).isEqualTo(200);
        assertThat(consignment.body()).contains(ND_OXIDE_DL);
    }

    @Test
    void aLotMatchesByUrnAndByDigitalLinkAlike() {
        List<String> byUrn = ids(regulator.query("MATCH_anyEPCClass=" + EpcisClient.param(ND_OXIDE_URN)));
        List<String> byLink = ids(regulator.query("MATCH_anyEPCClass=" + EpcisClient.param(ND_OXIDE_DL + "?linkType=all")));
        // separation output, assay, shipping, receiving, packing, export
        assertThat(byUrn).hasSize(6).isEqualTo(byLink);
    }

    @Test
    void filtersByStepLocationTimeTransformationAndDestination() {
        assertThat(ids(regulator.query("EQ_bizStep=" + EpcisClient.param("urn:epcglobal:cbv:bizstep:shipping")
                + "&GE_eventTime=" + EpcisClient.param("2025-11-01T00:00:00Z")))).hasSize(4);
        assertThat(ids(regulator.query("eventType=TransformationEvent&EQ_bizLocation="
                + EpcisClient.param("https://mizan.invalid/site/hub-concentrator")))).hasSize(3);
        assertThat(ids(regulator.query("EQ_transformationID=" + EpcisClient.param("urn:uuid:5b7d3c52-57a3-4c47-9d0c-2511a0000007")))).hasSize(1);
        assertThat(ids(regulator.query("EQ_destination_owning_party=" + EpcisClient.param("https://mizan.invalid/party/usm")))).hasSize(1);
        assertThat(ids(regulator.query("MATCH_parentID=" + EpcisClient.param("urn:epc:id:sscc:896000123.00004711")))).hasSize(1);
        assertThat(ids(regulator.query("LT_eventTime=" + EpcisClient.param("2025-11-04T00:00:00+05:00")
                + "&MATCH_anyEPCClass=" + EpcisClient.param("urn:epc:idpat:sgtin:896000123.0011.*")))).hasSize(2);
    }

    @Test
    void pagesThroughResultsWithTheNextPageToken() {
        List<String> all = ids(regulator.query("GE_eventTime=2025-11-01T00:00:00Z&perPage=1000"));
        List<String> paged = new ArrayList<>();
        String next = "/epcis/events?GE_eventTime=2025-11-01T00:00:00Z&perPage=4";
        while (next != null) {
            EpcisClient.Response page = regulator.get(next, null);
            paged.addAll(ids(page));
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
        }
        assertThat(all).hasSize(18);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void aCapturingPartyReadsItsOwnEventsAndThoseOfTheLotsItHeldButNotTheWholeChain() {
        EpcisClient lab = new EpcisClient(port(), keyFor("karachi-assay-lab", Role.OPERATOR));
        List<String> all = ids(regulator.query("GE_eventTime=2025-11-01T00:00:00Z&perPage=100"));
        List<String> captured = ids(regulator.query("GE_eventTime=2025-11-01T00:00:00Z&EQ_bizStep=inspecting,sampling&perPage=100"));
        List<String> labs = ids(lab.query("GE_eventTime=2025-11-01T00:00:00Z&perPage=100"));
        assertThat(captured).hasSize(3);
        assertThat(labs).containsAll(captured).hasSizeGreaterThan(captured.size()).hasSizeLessThan(all.size());
        assertThat(all).containsAll(labs);
        assertThat(new EpcisClient(port(), null).query("").status()).isEqualTo(401);
    }

    @Test
    void jsonLdAnswersCarryOneDocumentContextSoTheEventHashOfEachAnsweredEventIsItsStoredId() {
        JsonNode answer = regulator.query("GE_eventTime=2025-11-01T00:00:00Z&perPage=100").json();
        EpcisDocument document = EpcisDocument.fromJson(answer);
        List<ObjectNode> hashed = document.events().stream().filter(e -> e.get("eventID").asString().startsWith("ni:///")).toList();
        assertThat(hashed).hasSize(18);
        for (ObjectNode event : hashed) {
            assertThat(event.has("@context")).isFalse();
            assertThat(EventHash.of(event, document)).isEqualTo(event.get("eventID").asString());
        }
    }

    @Test
    void aCustodyViolationFailsTheEventAndStoresNothing() {
        EpcisClient fwo = new EpcisClient(port(), keyFor("fwo", Role.OPERATOR));
        int before = ids(regulator.query("perPage=1000")).size();
        String shipAgain = new String(MineralChain.resource("10-port-receiving.jsonld"), StandardCharsets.UTF_8)
                .replace("2025-11-22T15:00:00+05:00", "2025-11-29T15:00:00+05:00");
        JsonNode job = fwo.captureJob(shipAgain.getBytes(StandardCharsets.UTF_8), "application/ld+json");
        assertThat(job.get("success").asBoolean()).isFalse();
        assertThat(job.at("/errors/0/rule").asString()).as(job.toString()).isIn("LOT_CLOSED", "NOT_IN_TRANSIT");
        assertThat(job.at("/errors/0/eventID").asString()).startsWith("ni:///sha-256;");
        assertThat(ids(regulator.query("perPage=1000"))).hasSize(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"eventTime\": \"2025-11-22T15:00:00+05:00\" | \"eventTime\": \"2025-11-29T15:00:00.0000001+05:00\"",
        "\"quantity\": 410,                            | \"quantity\": 410.0005,"})
    void aValueCustodyKeepsNoFinerThanAMicrosecondOrAGramIsRefusedAsCustodysApiRefusesIt(String sent, String changed) {
        EpcisClient fwo = new EpcisClient(port(), keyFor("fwo", Role.OPERATOR));
        int before = ids(regulator.query("perPage=1000")).size();
        String receiving = new String(MineralChain.resource("10-port-receiving.jsonld"), StandardCharsets.UTF_8);
        assertThat(receiving).contains(sent);
        JsonNode job = fwo.captureJob(receiving.replace(sent, changed).getBytes(StandardCharsets.UTF_8), "application/ld+json");
        assertThat(job.get("success").asBoolean()).as(job.toString()).isFalse();
        assertThat(job.at("/errors/0/type").asString()).as(job.toString()).isEqualTo("/problems/invalid-event");
        assertThat(job.at("/errors/0/status").asInt()).isEqualTo(422);
        assertThat(job.at("/errors/0/eventID").asString()).startsWith("ni:///sha-256;");
        assertThat(ids(regulator.query("perPage=1000"))).hasSize(before);
    }

    @Test
    void readsEventsBackInXml() {
        String id = ids(regulator.query("MATCH_anyEPCClass=" + EpcisClient.param(ND_OXIDE_URN) + "&EQ_bizStep=departing")).get(0);
        EpcisClient.Response xml = regulator.get("/epcis/events/" + EpcisClient.param(id), "application/xml");
        assertThat(xml.header("Content-Type")).startsWith("application/xml");
        EpcisDocument back = XmlDocuments.read(xml.body().getBytes(StandardCharsets.UTF_8));
        assertThat(Equivalence.acrossBindings(back.events().get(0))).isEqualTo(Equivalence.acrossBindings(regulator.event(id).json()));
    }

    private static List<String> ids(EpcisClient.Response reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().at("/epcisBody/queryResults/resultsBody/eventList").forEach(e -> ids.add(e.get("eventID").asString()));
        return ids;
    }
}
