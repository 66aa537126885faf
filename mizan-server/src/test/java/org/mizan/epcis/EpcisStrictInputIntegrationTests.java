package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

/**
 * Input that means something other than it says is refused whole, with a problem naming what is wrong:
 * a Mizan extension field of the wrong shape in either binding, a repeated JSON key, a GS1 key that is none.
 */
class EpcisStrictInputIntegrationTests extends EpcisIntegrationTest {

    private static final String MIZAN = "https://mizan.invalid/epcis/";

    static byte[] json(String members, String epc) {
        return ("{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",{\"mizan\":\"" + MIZAN + "\"}],"
                + "\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2025-01-01T00:00:00Z\",\"epcisBody\":{\"eventList\":["
                + "{\"type\":\"ObjectEvent\",\"eventTime\":\"2025-01-01T00:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\","
                + "\"epcList\":[\"" + epc + "\"]" + members + "}]}}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xml(String extensions, String epc) {
        return ("<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" xmlns:mizan=\"" + MIZAN + "\" schemaVersion=\"2.0\""
                + " creationDate=\"2025-01-01T00:00:00Z\"><EPCISBody><EventList><ObjectEvent><eventTime>2025-01-01T00:00:00Z</eventTime>"
                + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><epcList><epc>" + epc + "</epc></epcList>"
                + "<action>OBSERVE</action>" + extensions + "</ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static final String EPC = "urn:epc:id:sgtin:0614141.107346.2017";

    private static int stored(EpcisClient epcis) {
        return epcis.query("").json().at("/epcisBody/queryResults/resultsBody/eventList").size();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"mizan:grades\": \"0.85\"'                   | mizan:grades",
        "'\"mizan:grades\": 5'                          | mizan:grades",
        "'\"mizan:grades\": [\"0.1\"]'                  | mizan:grades",
        "'\"mizan:grades\": {}'                         | mizan:grades",
        "'\"mizan:grades\": {\"mizan:Nd\": \"high\"}'   | mizan:grades.mizan:Nd",
        "'\"mizan:grades\": {\"mizan:Nd\": \"1.5\"}'    | mizan:grades.mizan:Nd",
        "'\"mizan:grades\": {\"mizan:Nd\": {\"v\": 1}}' | mizan:grades.mizan:Nd",
        "'\"mizan:licence\": 123'                       | mizan:licence",
        "'\"mizan:licence\": {\"mizan:number\": \"x\"}' | mizan:licence",
        "'\"mizan:licence\": true'                      | mizan:licence",
        "'\"mizan:permit\": \"KP-TP-1\"'                | mizan:permit",
        "'\"mizan:permit\": {\"mizan:colour\": \"red\"}' | mizan:permit.mizan:colour",
        "'\"mizan:permit\": {\"mizan:singleUse\": \"yes\"}' | mizan:permit.mizan:singleUse",
        "'\"mizan:permit\": {\"mizan:singleUse\": 1}'   | mizan:permit.mizan:singleUse",
        "'\"mizan:material\": [\"ore\"]'                | mizan:material",
        "'\"mizan:colour\": \"red\"'                    | mizan:colour"})
    void refusesAJsonMizanExtensionOfTheWrongShapeNamingTheField(String member, String field) {
        EpcisClient epcis = client("strict-json-extension");
        EpcisClient.Response reply = epcis.capture(json("," + member, EPC), "application/ld+json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/epcis-invalid-extension");
        assertThat(reply.json().get("field").asString()).isEqualTo(field);
        assertThat(stored(epcis)).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<mizan:grades>0.85</mizan:grades>                                | mizan:grades",
        "<mizan:grades><mizan:Nd>high</mizan:Nd></mizan:grades>           | mizan:grades.mizan:Nd",
        "<mizan:grades><mizan:Nd><v>1</v></mizan:Nd></mizan:grades>       | mizan:grades.mizan:Nd",
        "<mizan:licence><mizan:number>x</mizan:number></mizan:licence>    | mizan:licence",
        "<mizan:licence>A</mizan:licence><mizan:licence>B</mizan:licence> | mizan:licence",
        "<mizan:permit>KP-TP-1</mizan:permit>                             | mizan:permit",
        "<mizan:permit><mizan:singleUse>yes</mizan:singleUse></mizan:permit> | mizan:permit.mizan:singleUse"})
    void refusesAnXmlMizanExtensionOfTheWrongShapeNamingTheField(String extension, String field) {
        EpcisClient epcis = client("strict-xml-extension");
        EpcisClient.Response reply = epcis.capture(xml(extension, EPC), "application/xml");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/epcis-invalid-extension");
        assertThat(reply.json().get("field").asString()).isEqualTo(field);
        assertThat(stored(epcis)).isZero();
    }

    @Test
    void acceptsWellShapedExtensionsInBothBindings() {
        EpcisClient epcis = client("strict-well-shaped");
        String members = ",\"mizan:licence\": \"KP-EL-2024-0007\", \"mizan:grades\": {\"mizan:Nd\": \"0.0115\", \"mizan:Pr\": 0.0034},"
                + " \"mizan:permit\": {\"mizan:singleUse\": true}";
        assertThat(epcis.captureJob(json(members, EPC), "application/ld+json").get("success").asBoolean()).isTrue();
        String elements = "<mizan:licence>KP-EL-2024-0007</mizan:licence><mizan:grades><mizan:Nd>0.0115</mizan:Nd></mizan:grades>"
                + "<mizan:permit><mizan:singleUse>false</mizan:singleUse></mizan:permit>";
        assertThat(epcis.captureJob(xml(elements, "urn:epc:id:sgtin:0614141.107346.2018"), "application/xml").get("success").asBoolean())
                .isTrue();
        assertThat(stored(epcis)).isEqualTo(2);
    }

    @Test
    void refusesARepeatedKeyNamingIt() {
        EpcisClient epcis = client("strict-duplicate");
        EpcisClient.Response reply = epcis.capture(json(",\"action\":\"ADD\"", EPC), "application/ld+json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("detail").asString()).contains("Duplicate").contains("\"action\"");
        EpcisClient.Response single = epcis.postEvent(("{\"@context\":\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "\"type\":\"ObjectEvent\",\"eventTime\":\"2025-01-01T00:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\","
                + "\"epcList\":[\"" + EPC + "\"],\"eventID\":\"urn:uuid:1\",\"eventID\":\"urn:uuid:2\"}").getBytes(StandardCharsets.UTF_8),
                "application/ld+json");
        assertThat(single.status()).as(single.body()).isEqualTo(400);
        assertThat(single.json().get("detail").asString()).contains("\"eventID\"");
        assertThat(stored(epcis)).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "urn:epc:id:sscc:896000123.0000004711, epcList",
        "urn:epc:id:sgtin:0614141.1073461.2017, epcList",
        "https://id.gs1.org/01/09520123456787/21/1, epcList",
        "https://id.gs1.org/00/106141412345678909, epcList"})
    void refusesAnInvalidGs1KeyNamingItInBothBindings(String key, String field) {
        EpcisClient epcis = client("strict-gs1");
        for (EpcisClient.Response reply : new EpcisClient.Response[] {epcis.capture(json("", key), "application/ld+json"),
            epcis.capture(xml("", key), "application/xml")}) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            JsonNode problem = reply.json();
            assertThat(problem.get("type").asString()).isEqualTo("/problems/epcis-invalid-gs1-key");
            assertThat(problem.get("key").asString()).isEqualTo(key);
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
        assertThat(stored(epcis)).isZero();
    }
}
