package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.Replies.ok;
import static org.mizan.Replies.problem;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.ledger.AuditReport;
import org.mizan.ledger.Auditor;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;
import org.mizan.passport.DemoPassport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partial dispatch over HTTP on PostgreSQL: 40 t of a 100 t stockpile at the Chagai pit leave as a new lot, are
 * received at the export yard and exported; the stockpile keeps 60 t at the pit.
 */
// A context and database of its own: these events would otherwise add to the royalty totals and alerts of the demo's
// licence that other demo tests state exactly.
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.test.isolation=partial-dispatch"})
class PartialDispatchIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PIT = "chagai-copper-pit";
    private static final String YARD = "fwo-export-yard";
    private static final String PARENT = "SPL-ORE-2025-0100";
    private static final String CHILD = "SPL-ORE-2025-0100-T01";
    private static final String CONSIGNMENT = "PK-EXP-2025-11-0040";
    // Hours are counted from here; every trip takes a day, as the 950 km from the pit to the yard need, so that no
    // transit alert is raised.
    private static final OffsetDateTime DAY = OffsetDateTime.parse("2025-11-20T00:00:00+05:00");

    @Value("${mizan.data-dir}")
    Path dataDir;

    @Autowired
    Auditor auditor;

    private String fwo;

    @BeforeEach
    void splitAndExportOncePerDatabase() {
        fwo = DemoPassport.keys(dataDir).get("fwo");
        if (api.get("/api/v1/consignments/" + CONSIGNMENT, fwo).status() == 200) {
            return;
        }
        accepted(event("spl-ext", "extracted", 8, Map.of("lot", PARENT, "site", PIT, "material", "cu-ore", "form", "ore",
                "massKg", "100000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 29.101, "lon", 62.048))));
        accepted(split("spl-dsp-1", CHILD, "40000", PIT, 10));
        accepted(event("spl-rcv-1", "received", 34, Map.of("lot", CHILD, "site", YARD, "massKg", "40000")));
        accepted(event("spl-exp-1", "exported", 36, Map.of("consignment", CONSIGNMENT, "lots", List.of(CHILD), "port", YARD,
                "buyer", "usm", "destinationCountry", "US", "declaredValueUsd", "164000.00")));
    }

    @Test
    void theParentKeepsTheRestAtThePitAndTheNewLotsTraceReachesTheMine() {
        JsonNode parent = api.get("/api/v1/lots/" + PARENT, fwo).json();
        assertThat(parent.get("availableMassKg").asString()).isEqualTo("60000");
        assertThat(parent.get("grossMassKg").asString()).isEqualTo("100000");
        assertThat(parent.get("status").asString()).isEqualTo("at-site");
        assertThat(parent.get("site").asString()).isEqualTo(PIT);

        JsonNode child = api.get("/api/v1/lots/" + CHILD, fwo).json();
        assertThat(child.get("grossMassKg").asString()).isEqualTo("40000");
        assertThat(child.get("status").asString()).isEqualTo("exported");
        assertThat(child.get("material").asString()).isEqualTo("cu-ore");
        assertThat(child.get("grades").get("Cu").asString()).isEqualTo("0.005");
        assertThat(child.get("origin").toString()).isEqualTo("{\"BA-ML-2022-0117\":\"1.000000000000\"}");

        JsonNode trace = api.get("/api/v1/lots/" + CHILD + "/trace", fwo).json();
        assertThat(trace.get("lots").findValuesAsString("id")).containsExactly(PARENT, CHILD);
        assertThat(trace.get("lots").get(0).get("site").asString()).isEqualTo(PIT);
        assertThat(trace.get("edges").size()).isEqualTo(1);
        assertThat(trace.at("/edges/0/from").asString()).isEqualTo(PARENT);
        assertThat(trace.at("/edges/0/to").asString()).isEqualTo(CHILD);
        assertThat(trace.at("/edges/0/eventId").asString()).isEqualTo("spl-dsp-1");
        assertThat(trace.at("/edges/0/consumedKg").asString()).isEqualTo("40000");

        List<String> history = api.get("/api/v1/lots/" + PARENT + "/events", fwo).json().findValuesAsString("eventId");
        assertThat(history).contains("spl-ext", "spl-dsp-1").doesNotContain("spl-rcv-1", "spl-exp-1");
    }

    @Test
    void theSplitIsStoredAsSentAndItsTripFactsNameTheNewLot() {
        JsonNode stored = api.get("/api/v1/events/spl-dsp-1", fwo).json();
        assertThat(stored.at("/event/newLot").asString()).isEqualTo(CHILD);
        assertThat(stored.at("/event/massKg").asString()).isEqualTo("40000");
        assertThat(stored.at("/facts/lot").asString()).isEqualTo(CHILD);
        assertThat(stored.at("/facts/splitFrom").asString()).isEqualTo(PARENT);
        assertThat(stored.at("/facts/mass").asString()).isEqualTo("40000");

        JsonNode receipt = api.get("/api/v1/events/spl-rcv-1", fwo).json();
        assertThat(receipt.at("/facts/lot").asString()).isEqualTo(CHILD);
        assertThat(receipt.at("/facts/dispatchedMass").asString()).isEqualTo("40000");
    }

    @Test
    void theNewLotsPassportVerifiesOfflineWithItsMassAndTheMinesOrigin() {
        JsonNode passport = api.get("/api/v1/consignments/" + CONSIGNMENT + "/passport", fwo).json();
        assertThat(passport.at("/lines/0/lot").asString()).isEqualTo(CHILD);
        assertThat(passport.at("/lines/0/netMassKg").asString()).isEqualTo("40000");
        assertThat(passport.at("/lines/0/containedKg/Cu").asString()).isEqualTo("200");
        assertThat(passport.at("/lines/0/origin").toString()).isEqualTo("{\"BA-ML-2022-0117\":\"1.000000000000\"}");
        assertThat(passport.at("/chain/lots").findValuesAsString("id")).containsExactly(PARENT, CHILD);
        assertThat(passport.at("/chain/edges/0/from").asString()).isEqualTo(PARENT);
        assertThat(passport.at("/chain/edges/0/to").asString()).isEqualTo(CHILD);
        assertThat(passport.at("/chain/steps").findValuesAsString("eventId")).containsExactly("spl-ext", "spl-dsp-1", "spl-rcv-1",
                "spl-exp-1");
        assertThat(passport.at("/chain/steps/1/lots").toString()).isEqualTo("[\"" + PARENT + "\",\"" + CHILD + "\"]");

        PassportReport report = PassportVerifier.verify(JSON.convertValue(passport, Map.class),
                VerifierKey.parse(api.get("/log/key").body().strip()));
        assertThat(report.passed()).as(report.toString()).isTrue();
    }

    @Test
    void theAuditRecomputesTheSplitsCommitmentLikeAnyOther() {
        AuditReport report = auditor.audit();
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.records()).isEqualTo(report.entries());
    }

    @Test
    void theRoyaltyIsAssessedOnTheFortyTonnesThatLeftTheMineOnce() {
        JsonNode assessment = ok(api.get("/api/v1/fiscal/assessments/royalty-" + CHILD)).get("assessment");
        assertThat(assessment.get("massKg").asString()).isEqualTo("40000");
        assertThat(assessment.get("eventId").asString()).isEqualTo("spl-dsp-1");
        assertThat(assessment.get("taxableEvent").asString()).isEqualTo("first dispatch from a mine site");
        assertThat(assessment.get("licence").asString()).isEqualTo("BA-ML-2022-0117");
        assertThat(assessment.get("gradeSource").asString()).isEqualTo("spl-ext");
        // The export of the new lot is no second taxable event, and the 60 t still at the pit are not assessed yet.
        assertThat(api.get("/api/v1/fiscal/assessments/royalty-" + PARENT).status()).isEqualTo(404);
        JsonNode ofLicence = ok(api.get("/api/v1/fiscal/assessments?licence=BA-ML-2022-0117")).get("assessments");
        List<String> ids = new java.util.ArrayList<>();
        ofLicence.forEach(a -> ids.add(a.get("id").asString()));
        assertThat(ids.stream().filter(id -> id.startsWith("royalty-" + PARENT))).containsExactly("royalty-" + CHILD);
    }

    @Test
    void theRestLeavingTheMineWholeIsAssessedOnTheRestAlone() {
        String stockpile = "SPL-ORE-2025-0010";
        if (api.get("/api/v1/lots/" + stockpile, fwo).status() == 404) {
            accepted(event("spl-ext-10", "extracted", 8, Map.of("lot", stockpile, "site", PIT, "material", "cu-ore", "form", "ore",
                    "massKg", "10000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 29.101, "lon", 62.048))));
            Map<String, Object> part = split("spl-dsp-10", stockpile + "-T01", "4000", PIT, 10);
            part.put("lot", stockpile);
            accepted(part);
            accepted(whole("spl-dsp-11", stockpile, PIT, YARD, 11));
        }

        assertThat(ok(api.get("/api/v1/fiscal/assessments/royalty-" + stockpile + "-T01")).at("/assessment/massKg").asString())
                .isEqualTo("4000");
        JsonNode whole = ok(api.get("/api/v1/fiscal/assessments/royalty-" + stockpile)).get("assessment");
        assertThat(whole.get("massKg").asString()).isEqualTo("6000");
        assertThat(whole.get("eventId").asString()).isEqualTo("spl-dsp-11");
        JsonNode stored = api.get("/api/v1/events/spl-dsp-11", fwo).json();
        assertThat(stored.get("event").has("newLot")).isFalse();
        assertThat(stored.get("event").has("massKg")).isFalse();
        assertThat(stored.get("facts").has("splitFrom")).isFalse();
    }

    @Test
    void aPartOfALotAssessedBeforeIsNotAssessedAgain() {
        String lot = "SPL-ORE-2025-0020";
        if (api.get("/api/v1/lots/" + lot, fwo).status() == 404) {
            accepted(event("spl-ext-20", "extracted", 8, Map.of("lot", lot, "site", PIT, "material", "cu-ore", "form", "ore",
                    "massKg", "10000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 29.101, "lon", 62.048))));
            accepted(whole("spl-dsp-20", lot, PIT, YARD, 9));
            accepted(event("spl-rcv-20", "received", 33, Map.of("lot", lot, "site", YARD, "massKg", "10000")));
            accepted(whole("spl-dsp-21", lot, YARD, PIT, 34));
            accepted(event("spl-rcv-21", "received", 58, Map.of("lot", lot, "site", PIT, "massKg", "10000")));
            Map<String, Object> part = split("spl-dsp-22", lot + "-T01", "4000", PIT, 59);
            part.put("lot", lot);
            accepted(part);
        }

        assertThat(ok(api.get("/api/v1/fiscal/assessments/royalty-" + lot)).at("/assessment/massKg").asString()).isEqualTo("10000");
        assertThat(api.get("/api/v1/fiscal/assessments/royalty-" + lot + "-T01").status()).isEqualTo(404);
    }

    @Test
    void aSecondSplitOfAllThatIsLeftIsRefusedAsTheLotItselfAndNothingIsWritten() {
        Reply refused = post(split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "60000", PIT, 40));
        problem(refused, 422, "custody-part-is-whole");
        assertThat(refused.json().get("detail").asString()).contains("has 60000 kg available, all of which")
                .contains("dispatch lot " + PARENT + " itself");

        problem(post(split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "60000.001", PIT, 40)), 422, "custody-mass-negative");
        problem(post(split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "0", PIT, 40)), 422, "invalid-event");
        problem(post(split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "-5", PIT, 40)), 422, "invalid-event");
        problem(post(split("spl-dsp-2", CHILD.toLowerCase(), "1000", PIT, 40)), 409, "custody-lot-exists");
        problem(post(split("spl-dsp-2", PARENT.toLowerCase(), "1000", PIT, 40)), 409, "custody-lot-exists");
        Map<String, Object> elsewhere = split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "1000", YARD, 40);
        elsewhere.put("to", PIT);
        problem(post(elsewhere), 422, "custody-not-at-site");

        Map<String, Object> number = split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "1000", PIT, 40);
        number.put("massKg", 1000);
        assertThat(problem(post(number), 400, "wrong-type").json().get("field").asString()).isEqualTo("massKg");
        Map<String, Object> noMass = split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "1000", PIT, 40);
        noMass.remove("massKg");
        assertThat(problem(post(noMass), 400, "missing-field").json().get("field").asString()).isEqualTo("massKg");
        Map<String, Object> noLot = split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "1000", PIT, 40);
        noLot.remove("newLot");
        assertThat(problem(post(noLot), 400, "missing-field").json().get("field").asString()).isEqualTo("newLot");
        Map<String, Object> lotNumber = split("spl-dsp-2", "SPL-ORE-2025-0100-T02", "1000", PIT, 40);
        lotNumber.put("newLot", 7);
        assertThat(problem(post(lotNumber), 400, "wrong-type").json().get("field").asString()).isEqualTo("newLot");

        assertThat(api.get("/api/v1/events/spl-dsp-2", fwo).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/SPL-ORE-2025-0100-T02", fwo).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/" + PARENT, fwo).json().get("availableMassKg").asString()).isEqualTo("60000");
    }

    private Map<String, Object> whole(String id, String lot, String from, String to, int hour) {
        Map<String, Object> event = split(id, "unused", "0", from, hour);
        event.put("lot", lot);
        event.put("to", to);
        event.remove("newLot");
        event.remove("massKg");
        return event;
    }

    private Map<String, Object> split(String id, String newLot, String kg, String from, int hour) {
        return event(id, "dispatched", hour, Map.of("lot", PARENT, "from", from, "to", YARD, "newLot", newLot, "massKg", kg,
                "permit", Map.of("number", "BA-TP-" + id, "vehicle", "LES-4040", "vehicleClass", "N3 articulated truck",
                        "maxPayloadKg", "40000", "validFrom", "2025-11-20T00:00:00+05:00", "validUntil", "2025-11-25T00:00:00+05:00")));
    }

    private static Map<String, Object> event(String id, String type, int hour, Map<String, Object> fields) {
        return CustodyEventBodies.event(id, type, DAY.plusHours(hour), fields);
    }

    private Reply post(Map<String, Object> event) {
        return api.post("/api/v1/events", fwo, Api.json(event));
    }

    private void accepted(Map<String, Object> event) {
        Reply reply = post(event);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
