package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.security.Role;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Scopes are the same on every interface: every read endpoint, as every demo role, over lots of two
 * provinces (Balochistan, PK-BA, and Khyber Pakhtunkhwa, PK-KP), each answer stated in the table below.
 * Province A's lot is the demo's Chagai copper ore, which never left Balochistan; province B's is an
 * antimony lot extracted at Krinj through EPCIS that never left Khyber Pakhtunkhwa. The rule is custody's
 * (a party reads the lots it held, a regulator those ever in its province, auditors and administrators
 * all) and EPCIS applies it to its events (docs/adr/0008-epcis-mapping.md).
 */
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.test.isolation=read-scope", "mizan.oversight.fiscal.recording-quiet=PT0S"})
class ReadScopeTableIntegrationTests extends EpcisIntegrationTest {

    /** The columns of the table: the operator of the chain, the processor, the buyer, both regulators, the auditor, the administrator, anyone. */
    private static final List<String> ROLES = List.of("fwo", "hub-minerals", "usm", "balochistan-mmdd", "kp-mdd", "eiti-pk-msg",
            "mizan-operator", "anonymous");
    private static final Map<String, Role> ROLE_OF = Map.of("fwo", Role.OPERATOR, "hub-minerals", Role.PROCESSOR, "usm", Role.OPERATOR,
            "balochistan-mmdd", Role.REGULATOR, "kp-mdd", Role.REGULATOR, "eiti-pk-msg", Role.AUDITOR, "mizan-operator", Role.ADMIN);

    private static final String LOT_A = "CHG-ORE-2025-0001";
    private static final String LOT_B_URN = "urn:epc:class:lgtin:896000123.0031.CTR2512T";
    private static final String EXTRACTION_B = "urn:uuid:1b2e6c1a-5c2d-4d7e-9a51-2512000000b1";
    private static final String INSPECTION_B = "urn:uuid:1b2e6c1a-5c2d-4d7e-9a51-2512000000b2";
    private static final String CONCENTRATE = "urn:epc:class:lgtin:896000123.0021.HUBC2511";
    private static final String KRINJ = MizanExtension.SITE + "krinj-antimony-mine";
    private static final String LAB = MizanExtension.SITE + "karachi-assay-lab";

    private final Map<String, EpcisClient> clients = new LinkedHashMap<>();
    private String lotB;
    private String assayA;
    private String packing;

    private record Row(String what, String path, Function<EpcisClient.Response, String> observe, String expected) {
    }

    @BeforeEach
    void captureProvinceBAndWaitForOversight() throws InterruptedException {
        ROLES.forEach(r -> clients.put(r, r.equals("anonymous") ? new EpcisClient(port(), null)
                : new EpcisClient(port(), keyFor(r, ROLE_OF.get(r)))));
        EpcisClient fwo = clients.get("fwo");
        JsonNode job = fwo.captureJob(provinceBDocument(), "application/ld+json");
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
        lotB = DigitalLink.canonical(LOT_B_URN).orElseThrow();
        EpcisClient admin = clients.get("mizan-operator");
        assayA = onlyId(admin.query("MATCH_epcClass=" + EpcisClient.param(CONCENTRATE)
                + "&EQ_bizLocation=" + EpcisClient.param(LAB)));
        packing = onlyId(admin.query("eventType=AggregationEvent"));
        for (int i = 0; i < 200 && !admin.get("/api/v1/oversight/progress", null).json().get("caughtUp").asBoolean(); i++) {
            Thread.sleep(50);
        }
    }

    private List<Row> table() {
        return List.of(
                row("custody lot, province A", "/api/v1/lots/" + LOT_A, "200 200 404 200 404 200 200 401"),
                row("custody lot, province B", "/api/v1/lots/" + p(lotB), "200 404 404 404 200 200 200 401"),
                row("lot events, province A", "/api/v1/lots/" + LOT_A + "/events", "200 200 404 200 404 200 200 401"),
                row("lot events, province B", "/api/v1/lots/" + p(lotB) + "/events", "200 404 404 404 200 200 200 401"),
                row("trace, province A", "/api/v1/lots/" + LOT_A + "/trace?direction=downstream", "200 200 404 200 404 200 200 401"),
                row("trace, province B", "/api/v1/lots/" + p(lotB) + "/trace", "200 404 404 404 200 200 200 401"),
                row("custody event, province A", "/api/v1/events/demo-ext-cu-1", "200 200 404 200 404 200 200 401"),
                row("custody event, province B", "/api/v1/events/" + p(EXTRACTION_B), "200 404 404 404 200 200 200 401"),
                row("proof, province A", "/api/v1/events/demo-ext-cu-1/proof", "200 200 404 200 404 200 200 401"),
                row("proof, province B", "/api/v1/events/" + p(EXTRACTION_B) + "/proof", "200 404 404 404 200 200 200 401"),
                // Exported from Balochistan's Hub; the buyer reads its consignment.
                row("consignment", "/api/v1/consignments/PK-EXP-2025-10-0001", "200 200 200 200 404 200 200 401"),
                // The EPCIS export, not published: whoever reads a lot of its chain (Khyber Pakhtunkhwa's ore among them) reads the passport.
                row("passport before publication", "/api/v1/consignments/PK-EXP-2025-11-0002/passport", "200 200 200 200 200 200 200 404"),
                // The assayed concentrate, made at Hub for FWO, which stays its owner: the same readers on both interfaces.
                row("custody lot, the concentrate assayed in province A's chain", "/api/v1/lots/"
                        + p(DigitalLink.canonical(CONCENTRATE).orElseThrow()), "200 200 404 200 404 200 200 401"),
                row("EPCIS event, custody meaning, province A", "/epcis/events/" + p(assayA), "200 200 404 200 404 200 200 401"),
                row("EPCIS event, custody meaning, province B", "/epcis/events/" + p(EXTRACTION_B), "200 404 404 404 200 200 200 401"),
                // No custody meaning: its capturer, and the regulator of its site's province (Sindh: neither regulator here).
                row("EPCIS event, no custody meaning, Sindh site", "/epcis/events/" + p(packing), "200 404 404 404 404 200 200 401"),
                row("EPCIS event, no custody meaning, province B site", "/epcis/events/" + p(INSPECTION_B), "200 404 404 404 200 200 200 401"),
                count("EPCIS query, custody meaning, province A", assayA, "1 1 0 1 0 1 1 401"),
                count("EPCIS query, custody meaning, province B", EXTRACTION_B, "1 0 0 0 1 1 1 401"),
                count("EPCIS query, no custody meaning, Sindh site", packing, "1 0 0 0 0 1 1 401"),
                count("EPCIS query, no custody meaning, province B site", INSPECTION_B, "1 0 0 0 1 1 1 401"),
                new Row("EPCIS bizLocations: Krinj (B), Karachi lab (A's assays)", "/epcis/bizLocations",
                        r -> r.status() != 200 ? String.valueOf(r.status()) : members(r, KRINJ, "K") + members(r, LAB, "L"),
                        "KL L L L K KL KL 401"),
                new Row("EPCIS eventTypes: the packing's AggregationEvent", "/epcis/eventTypes",
                        r -> r.status() != 200 ? String.valueOf(r.status()) : members(r, "AggregationEvent", "yes") + members(r, "ObjectEvent", "+"),
                        "yes+ + + + + yes+ yes+ 401"),
                // Both custody alerts are Balochistan's; the royalties unpaid by their deadlines are each licence's (FWO's in
                // Balochistan, the cooperative's and FWO's in Khyber Pakhtunkhwa), and the short royalty receipt the cooperative's.
                new Row("alerts", "/api/v1/alerts", ReadScopeTableIntegrationTests::rules,
                        "ROYALTY_UNPAID+TRANSIT_LOSS ELEMENT_IMBALANCE+TRANSIT_LOSS - ELEMENT_IMBALANCE+ROYALTY_UNPAID+TRANSIT_LOSS "
                                + "PAYMENT_RECEIPT_MISMATCH+ROYALTY_UNPAID ELEMENT_IMBALANCE+PAYMENT_RECEIPT_MISMATCH+ROYALTY_UNPAID+TRANSIT_LOSS "
                                + "ELEMENT_IMBALANCE+PAYMENT_RECEIPT_MISMATCH+ROYALTY_UNPAID+TRANSIT_LOSS 401"));
    }

    @Test
    void everyReadEndpointAnswersEveryRoleAsTheTableSays() throws InterruptedException {
        SoftAssertions soft = new SoftAssertions();
        for (Row row : table()) {
            String[] expected = row.expected().split(" ");
            for (int i = 0; i < ROLES.size(); i++) {
                String observed = row.observe().apply(readable(clients.get(ROLES.get(i)), row.path()));
                soft.assertThat(observed).as(row.what() + " as " + ROLES.get(i)).isEqualTo(expected[i]);
            }
        }
        soft.assertAll();
    }

    /**
     * The decision of docs/adr/0008-epcis-mapping.md: a trace shows the summaries of the lots connected to
     * the one asked about, also those the caller may not read one by one, as the passport does.
     */
    @Test
    void aTraceShowsSummariesOfConnectedLotsTheCallerMayNotReadOneByOne() {
        EpcisClient kp = clients.get("kp-mdd");
        JsonNode trace = kp.get("/api/v1/lots/CTR-SB-2025-0001/trace?direction=downstream", null).json();
        List<String> lots = new ArrayList<>();
        trace.get("lots").forEach(l -> lots.add(l.get("id").asString()));
        assertThat(lots).contains("HUB-SBC-2025-0001");
        assertThat(kp.get("/api/v1/lots/HUB-SBC-2025-0001", null).status()).isEqualTo(404);
        assertThat(kp.get("/api/v1/lots/HUB-SBC-2025-0001/events", null).status()).isEqualTo(404);
        EpcisClient usm = clients.get("usm");
        JsonNode upstream = usm.get("/api/v1/lots/HUB-SBC-2025-0001/trace", null).json();
        assertThat(upstream.findValuesAsString("id")).contains("CTR-SB-2025-0001");
        assertThat(usm.get("/api/v1/lots/CTR-SB-2025-0001", null).status()).isEqualTo(404);
    }

    // The log signs a checkpoint within a second; a proof of an event it has not yet covered is a 503 to retry.
    private static EpcisClient.Response readable(EpcisClient client, String path) throws InterruptedException {
        EpcisClient.Response reply = client.get(path, null);
        for (int i = 0; i < 50 && reply.status() == 503; i++) {
            Thread.sleep(100);
            reply = client.get(path, null);
        }
        return reply;
    }

    private static Row row(String what, String path, String expected) {
        return new Row(what, path, r -> String.valueOf(r.status()), expected);
    }

    private static Row count(String what, String eventId, String expected) {
        return new Row(what, "/epcis/events?EQ_eventID=" + p(eventId), r -> r.status() != 200 ? String.valueOf(r.status())
                : String.valueOf(r.json().at("/epcisBody/queryResults/resultsBody/eventList").size()), expected);
    }

    private static String members(EpcisClient.Response reply, String value, String mark) {
        return contains(reply.json().get("member"), value) ? mark : "";
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode v : list) {
            if (v.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String rules(EpcisClient.Response reply) {
        if (reply.status() != 200) {
            return String.valueOf(reply.status());
        }
        TreeSet<String> rules = new TreeSet<>();
        reply.json().get("alerts").forEach(a -> rules.add(a.get("rule").asString()));
        return rules.isEmpty() ? "-" : String.join("+", rules);
    }

    private static String onlyId(EpcisClient.Response reply) {
        JsonNode list = reply.json().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(list.size()).as(reply.body()).isEqualTo(1);
        return list.get(0).get("eventID").asString();
    }

    private static String p(String value) {
        return EpcisClient.param(value);
    }

    /** An antimony lot extracted at Krinj (Khyber Pakhtunkhwa) and an inspection there with no custody meaning, both by FWO. */
    private static byte[] provinceBDocument() {
        return ("{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",{\"mizan\":\"" + MizanExtension.NAMESPACE
                + "\"}],\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2025-12-01T08:00:00+05:00\","
                + "\"epcisBody\":{\"eventList\":[{\"type\":\"ObjectEvent\",\"eventID\":\"" + EXTRACTION_B + "\","
                + "\"eventTime\":\"2025-12-01T08:00:00+05:00\",\"eventTimeZoneOffset\":\"+05:00\",\"action\":\"ADD\",\"bizStep\":\"commissioning\","
                + "\"disposition\":\"active\",\"readPoint\":{\"id\":\"geo:35.851,71.789\"},\"bizLocation\":{\"id\":\"" + KRINJ + "\"},"
                + "\"quantityList\":[{\"epcClass\":\"" + LOT_B_URN + "\",\"quantity\":5000,\"uom\":\"KGM\"}],"
                + "\"mizan:material\":\"sb-ore\",\"mizan:form\":\"ore\",\"mizan:grades\":{\"mizan:Sb\":\"0.18\"}},"
                + "{\"type\":\"ObjectEvent\",\"eventID\":\"" + INSPECTION_B + "\",\"eventTime\":\"2025-12-01T09:00:00+05:00\","
                + "\"eventTimeZoneOffset\":\"+05:00\",\"action\":\"OBSERVE\",\"bizStep\":\"inspecting\",\"bizLocation\":{\"id\":\"" + KRINJ + "\"},"
                + "\"quantityList\":[{\"epcClass\":\"" + LOT_B_URN + "\"}]}]}}").getBytes(StandardCharsets.UTF_8);
    }
}
