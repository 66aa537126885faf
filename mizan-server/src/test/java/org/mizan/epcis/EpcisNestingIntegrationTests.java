package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * One nesting limit for both bindings, and a query path that reads whatever the capture path stored:
 * an event at the limit is stored and read back in every form, one level deeper is refused in either
 * binding with the same problem, and a deep document never costs the server its stack.
 */
class EpcisNestingIntegrationTests extends EpcisIntegrationTest {

    private static final String NS = "https://example.org/nesting/";

    @Autowired
    JdbcClient jdbc;

    /** A document of one event whose JSON-LD form nests {@code depth} levels (the event itself is the first). */
    static byte[] json(int depth, String serial) {
        String nested = "{\"ex:n\":".repeat(depth - 1) + "\"leaf\"" + "}".repeat(depth - 1);
        return ("{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",{\"ex\":\"" + NS + "\"}],"
                + "\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2025-01-01T00:00:00Z\",\"epcisBody\":{\"eventList\":["
                + "{\"type\":\"ObjectEvent\",\"eventTime\":\"2025-01-01T00:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\","
                + "\"epcList\":[\"urn:epc:id:sgtin:0614141.107346." + serial + "\"],\"ex:n\":" + nested + "}]}}").getBytes(StandardCharsets.UTF_8);
    }

    /** The same event in XML: an extension element with children is an object, a leaf is a string, so depth levels take depth elements. */
    static byte[] xml(int depth, String serial) {
        String nested = "<ex:n>".repeat(depth) + "leaf" + "</ex:n>".repeat(depth);
        return ("<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" xmlns:ex=\"" + NS + "\" schemaVersion=\"2.0\""
                + " creationDate=\"2025-01-01T00:00:00Z\"><EPCISBody><EventList><ObjectEvent><eventTime>2025-01-01T00:00:00Z</eventTime>"
                + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><epcList><epc>urn:epc:id:sgtin:0614141.107346." + serial + "</epc></epcList>"
                + "<action>OBSERVE</action>" + nested + "</ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void storesAnEventAtTheLimitAndReadsItBackInEveryFormAndRefusesOneLevelMore(String binding) {
        EpcisClient epcis = client("nesting-" + binding);
        boolean xml = binding.equals("xml");
        byte[] atLimit = xml ? xml(NestingLimit.MAX_DEPTH, "40") : json(NestingLimit.MAX_DEPTH, "40");
        byte[] over = xml ? xml(NestingLimit.MAX_DEPTH + 1, "41") : json(NestingLimit.MAX_DEPTH + 1, "41");
        String type = xml ? "application/xml" : "application/ld+json";
        assertThat(NestingLimit.depth(read(atLimit, xml))).isEqualTo(NestingLimit.MAX_DEPTH);
        assertThat(NestingLimit.depth(read(over, xml))).isEqualTo(NestingLimit.MAX_DEPTH + 1);

        JsonNode job = epcis.captureJob(atLimit, type);
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
        EpcisClient.Response refused = epcis.capture(over, type);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/epcis-nesting-too-deep");
        assertThat(refused.json().get("maxNestingDepth").asInt()).isEqualTo(NestingLimit.MAX_DEPTH);

        JsonNode list = epcis.query("").json().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(list.size()).isEqualTo(1);
        assertThat(NestingLimit.depth(list.get(0))).isEqualTo(NestingLimit.MAX_DEPTH);
        String id = list.get(0).get("eventID").asString();
        EpcisClient.Response one = epcis.event(id);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(NestingLimit.depth(one.json())).isEqualTo(NestingLimit.MAX_DEPTH);
        for (String path : new String[] {"/epcis/events", "/epcis/events/" + EpcisClient.param(id)}) {
            EpcisClient.Response answer = epcis.get(path, "application/xml");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode back = XmlDocuments.read(answer.body().getBytes(StandardCharsets.UTF_8)).events().get(0);
            assertThat(NestingLimit.depth(back)).isEqualTo(NestingLimit.MAX_DEPTH);
        }
    }

    private static JsonNode read(byte[] document, boolean xml) {
        return xml ? XmlDocuments.read(document).events().get(0)
                : EpcisDocument.fromJson(JsonDocuments.MAPPER.readTree(document)).events().get(0);
    }

    @Test
    void refusesTenThousandLevelsWithAProblemInBothBindings() {
        EpcisClient epcis = client("nesting-hostile");
        String xmlBomb = new String(xml(10, "1"), StandardCharsets.UTF_8).replace("<ex:n>leaf</ex:n>", "<ex:n>".repeat(10_000) + "x"
                + "</ex:n>".repeat(10_000));
        for (EpcisClient.Response reply : new EpcisClient.Response[] {
            epcis.capture(xmlBomb.getBytes(StandardCharsets.UTF_8), "application/xml"),
            epcis.capture(json(10_000, "1"), "application/ld+json"),
            epcis.postEvent(xmlBomb.getBytes(StandardCharsets.UTF_8), "application/xml")}) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).contains("problem+json");
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/epcis-nesting-too-deep");
        }
        assertThat(epcis.query("").json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isZero();
    }

    @Test
    void aStoredEventDeeperThanTheLimitStillReadsInBothBindings() {
        // As an event stored before the limit existed: sixty levels, which the capture path of XML used to accept.
        EpcisClient epcis = client("nesting-stored");
        JsonNode event = EpcisDocument.fromJson(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json(60, "60"))).events().get(0);
        assertThat(NestingLimit.depth(event)).isEqualTo(60);
        tools.jackson.databind.node.ObjectNode body = ((tools.jackson.databind.node.ObjectNode) event).deepCopy();
        body.put("eventID", "urn:uuid:7d0c6b1e-0000-4000-8000-000000000060").put("recordTime", "2025-01-01T00:00:01Z");
        body.set("@context", JsonDocuments.MAPPER.readTree("[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",{\"ex\":\""
                + NS + "\"}]"));
        jdbc.sql("INSERT INTO epcis_event (event_id, captured_by, capture_job, event_type, event_time, record_time, error_declared, body) "
                + "VALUES (:id, 'nesting-stored', NULL, 'ObjectEvent', now(), now(), false, CAST(:body AS jsonb))")
                .param("id", body.get("eventID").asString()).param("body", body.toString()).update();
        EpcisClient admin = new EpcisClient(port(), adminKey());
        for (String accept : new String[] {null, "application/xml"}) {
            assertThat(epcis.get("/epcis/events", accept).status()).isEqualTo(200);
            assertThat(admin.get("/epcis/events?perPage=1000", accept).status()).isEqualTo(200);
            EpcisClient.Response one = epcis.get("/epcis/events/" + EpcisClient.param(body.get("eventID").asString()), accept);
            assertThat(one.status()).as(one.body()).isEqualTo(200);
        }
    }
}
