package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Bad input and limits at the capture interface: always a problem, never anything half-stored. */
class EpcisLimitsIntegrationTests extends EpcisIntegrationTest {

    private static final String CONTEXT = "\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"]";

    static String event(int i, String extra) {
        return "{\"type\":\"ObjectEvent\",\"eventTime\":\"2025-01-01T00:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\","
                + "\"epcList\":[\"urn:epc:id:sgtin:0614141.107346." + i + "\"]" + extra + "}";
    }

    static byte[] document(int events, String extra) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < events; i++) {
            list.append(i == 0 ? "" : ",").append(event(i, extra));
        }
        return ("{" + CONTEXT + ",\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2025-01-01T00:00:00Z\","
                + "\"epcisBody\":{\"eventList\":[" + list + "]}}").getBytes(StandardCharsets.UTF_8);
    }

    private static int stored(EpcisClient epcis) {
        return epcis.query("perPage=1000").json().at("/epcisBody/queryResults/resultsBody/eventList").size();
    }

    @Test
    void advertisesTheCaptureLimitsAndErrorBehaviour() {
        EpcisClient epcis = client("limits-headers");
        EpcisClient.Response options = epcis.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/epcis/capture"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("GS1-EPCIS-Capture-Limit")).isEqualTo("10000");
        assertThat(options.header("GS1-EPCIS-Capture-File-Size-Limit")).isEqualTo("10485760");
        assertThat(options.header("GS1-Capture-Error-Behaviour")).isEqualTo("rollback");
        EpcisClient.Response accepted = epcis.capture(document(1, ""), "application/ld+json");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.header("GS1-EPCIS-Capture-Limit")).isEqualTo("10000");
        assertThat(accepted.header("Location")).startsWith("/epcis/capture/");
    }

    @Test
    void refusesMoreEventsThanTheCaptureLimitWith413() {
        EpcisClient epcis = client("limits-count");
        EpcisClient.Response reply = epcis.capture(document(10_001, ""), "application/ld+json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertThat(reply.json().get("captureLimit").asInt()).isEqualTo(10_000);
        assertThat(stored(epcis)).isZero();
    }

    @Test
    void refusesABodyOverTheFileSizeLimitWith413() {
        EpcisClient epcis = client("limits-size");
        byte[] big = document(1, ",\"example:pad\":\"" + "x".repeat(11 * 1024 * 1024) + "\"");
        EpcisClient.Response reply = epcis.capture(big, "application/ld+json");
        assertThat(reply.status()).isEqualTo(413);
        assertThat(stored(epcis)).isZero();
    }

    @Test
    void refusesOtherMediaTypesWith415() {
        EpcisClient epcis = client("limits-type");
        EpcisClient.Response reply = epcis.capture(document(1, ""), "text/plain");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).contains("problem+json");
        assertThat(stored(epcis)).isZero();
    }

    @Test
    void refusesMalformedJsonAndXml() {
        EpcisClient epcis = client("limits-malformed");
        assertThat(epcis.capture("{\"type\": \"EPCISDocument\",".getBytes(StandardCharsets.UTF_8), "application/ld+json").json()
                .get("type").asString()).isEqualTo("/problems/epcis-malformed-document");
        EpcisClient.Response xml = epcis.capture("<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\">".getBytes(StandardCharsets.UTF_8),
                "application/xml");
        assertThat(xml.status()).isEqualTo(400);
        assertThat(xml.json().get("type").asString()).isEqualTo("/problems/epcis-malformed-document");
        assertThat(stored(epcis)).isZero();
    }

    @Test
    void refusesAMegabyteStringAndDeeplyNestedExtensions() {
        EpcisClient epcis = client("limits-hostile");
        EpcisClient.Response longString = epcis.capture(document(1, ",\"example:note\":\"" + "y".repeat(1024 * 1024) + "\""),
                "application/ld+json");
        assertThat(longString.status()).isEqualTo(400);
        assertThat(longString.json().get("detail").asString()).contains("limit");
        String nested = "{\"example:a\":".repeat(500) + "1" + "}".repeat(500);
        EpcisClient.Response deep = epcis.capture(document(1, ",\"example:deep\":" + nested), "application/ld+json");
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().get("type").asString()).isEqualTo("/problems/epcis-nesting-too-deep");
        assertThat(deep.json().get("maxNestingDepth").asInt()).isEqualTo(NestingLimit.MAX_DEPTH);
        assertThat(stored(epcis)).isZero();
    }

    @Test
    void refusesEntityExpansionAndExternalEntities() {
        EpcisClient epcis = client("limits-xml-attacks");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
                + "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\" creationDate=\"2025-01-01T00:00:00Z\">"
                + "<EPCISBody><EventList/></EPCISBody><!-- &lol9; --></epcis:EPCISDocument>";
        EpcisClient.Response bomb = epcis.capture((laughs.replace("<!-- &lol9; -->", "<x>&lol9;</x>")).getBytes(StandardCharsets.UTF_8),
                "application/xml");
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.json().get("type").asString()).isEqualTo("/problems/epcis-malformed-document");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\" creationDate=\"2025-01-01T00:00:00Z\">"
                + "<EPCISBody><EventList><ObjectEvent><eventTime>2025-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
                + "<action>OBSERVE</action><bizStep>&xxe;</bizStep></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>";
        EpcisClient.Response external = epcis.capture(xxe.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertThat(external.status()).isEqualTo(400);
        assertThat(external.body()).doesNotContain("root:");
        assertThat(stored(epcis)).isZero();
    }

    @Test
    void capturesOneEventWith201AndRefusesAnInvalidOneWith400() {
        EpcisClient epcis = client("limits-single");
        String single = event(7, "").replaceFirst("\\{", "{" + CONTEXT + ",");
        EpcisClient.Response created = epcis.postEvent(single.getBytes(StandardCharsets.UTF_8), "application/ld+json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode back = epcis.get(created.header("Location"), null).json();
        assertThat(back.at("/epcList/0").asString()).isEqualTo("urn:epc:id:sgtin:0614141.107346.7");
        EpcisClient.Response invalid = epcis.postEvent(single.replace("OBSERVE", "WATCH").getBytes(StandardCharsets.UTF_8),
                "application/ld+json");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("pointer").asString()).isEqualTo("/action");
        assertThat(stored(epcis)).isEqualTo(1);
    }

    @Test
    void aResentDocumentIsStoredOnceAndAReusedEventIdWithOtherContentFails() {
        EpcisClient epcis = client("limits-replay");
        byte[] doc = document(3, ",\"eventID\":\"urn:uuid:6f1c1c3e-0000-4000-8000-000000000001\"");
        JsonNode second = epcis.captureJob(document(2, ""), "application/ld+json");
        JsonNode again = epcis.captureJob(document(2, ""), "application/ld+json");
        assertThat(second.get("success").asBoolean()).isTrue();
        assertThat(again.get("success").asBoolean()).isTrue();
        assertThat(stored(epcis)).isEqualTo(2);
        JsonNode clash = epcis.captureJob(doc, "application/ld+json");
        assertThat(clash.get("success").asBoolean()).isFalse();
        assertThat(clash.at("/errors/0/type").asString()).isEqualTo("/problems/epcis-event-id-reused");
        assertThat(stored(epcis)).isEqualTo(2);
    }
}
