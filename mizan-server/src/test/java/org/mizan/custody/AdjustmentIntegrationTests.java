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
import org.mizan.kernel.PartyId;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;
import org.mizan.passport.DemoPassport;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moisture and sampling over HTTP on PostgreSQL: 30 t of ore at 0.5 % Cu at the Chagai pit are dried by 1.5 t (5 %
 * moisture) to 28.5 t at 0.005263157895 Cu, so they still hold 150 kg of copper; a 5 kg sample leaves 28,495 kg at the
 * same grade; the lot is exported and its passport verifies offline with the dry mass and the raised grade.
 */
// A context and database of its own: these events would otherwise add to the demo licence's royalty totals and alerts.
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.test.isolation=adjusted"})
class AdjustmentIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PIT = "chagai-copper-pit";
    private static final String YARD = "fwo-export-yard";
    private static final String LAB = "karachi-assay-lab";
    private static final String LOT = "ADJ-ORE-2025-0001";
    private static final String CONSIGNMENT = "PK-EXP-2025-12-0050";
    private static final OffsetDateTime DAY = OffsetDateTime.parse("2025-12-01T00:00:00+05:00");

    @Value("${mizan.data-dir}")
    Path dataDir;

    private String fwo;

    @BeforeEach
    void dryAndSampleOncePerDatabase() {
        fwo = DemoPassport.keys(dataDir).get("fwo");
        if (api.get("/api/v1/lots/" + LOT, fwo).status() == 200) {
            return;
        }
        accepted(extracted(LOT, "30000", "0.005", 8));
        accepted(dried("adj-dry-1", LOT, "1500", "0.05", 9));
        accepted(sampled("adj-smp-1", LOT, "5", 10));
        accepted(event("adj-dsp-1", "dispatched", 11, Map.of("lot", LOT, "from", PIT, "to", YARD, "permit",
                Map.of("number", "BA-TP-ADJ-1", "vehicle", "LES-5050", "vehicleClass", "N3 articulated truck", "maxPayloadKg", "30000",
                        "validFrom", DAY.toString(), "validUntil", DAY.plusDays(5).toString()))));
        accepted(event("adj-rcv-1", "received", 35, Map.of("lot", LOT, "site", YARD, "massKg", "28495")));
        accepted(event("adj-exp-1", "exported", 37, Map.of("consignment", CONSIGNMENT, "lots", List.of(LOT), "port", YARD,
                "buyer", "usm", "destinationCountry", "US", "declaredValueUsd", "164000.00")));
    }

    @Test
    void dryingLowersTheMassAndRaisesTheGradeSoTheCopperStays() {
        JsonNode stored = ok(api.get("/api/v1/events/adj-dry-1", fwo));
        assertThat(stored.at("/event/kind").asString()).isEqualTo("moisture");
        assertThat(stored.at("/event/moisture").asString()).isEqualTo("0.05");
        assertThat(stored.at("/facts/kind").asString()).isEqualTo("moisture");
        assertThat(stored.at("/facts/removed").asString()).isEqualTo("1500");
        assertThat(stored.at("/facts/remaining").asString()).isEqualTo("28500");
        assertThat(stored.at("/facts/previous/Cu").asString()).isEqualTo("0.005");
        // 0.005 × 30000 / 28500 = 0.00526315789473..., half-even to the twelve decimals a grade holds.
        assertThat(stored.at("/facts/grades/Cu").asString()).isEqualTo("0.005263157895");
        assertThat(stored.get("facts").has("lost")).isFalse();
    }

    @Test
    void aSampleTakesItsMassAtTheLotsGradesAndNamesItsLaboratory() {
        JsonNode stored = ok(api.get("/api/v1/events/adj-smp-1", fwo));
        assertThat(stored.at("/event/laboratory").asString()).isEqualTo(LAB);
        assertThat(stored.at("/event/sampleId").asString()).isEqualTo("KAL-S-0001");
        assertThat(stored.at("/facts/remaining").asString()).isEqualTo("28495");
        assertThat(stored.at("/facts/previous/Cu").asString()).isEqualTo("0.005263157895");
        assertThat(stored.at("/facts/grades/Cu").asString()).isEqualTo("0.005263157895");

        JsonNode lot = ok(api.get("/api/v1/lots/" + LOT, fwo));
        assertThat(lot.get("grossMassKg").asString()).isEqualTo("30000");
        assertThat(lot.get("grades").get("Cu").asString()).isEqualTo("0.005263157895");
    }

    @Test
    void thePassportVerifiesOfflineWithTheDryMassAndShowsNoLoss() {
        JsonNode passport = ok(api.get("/api/v1/consignments/" + CONSIGNMENT + "/passport", fwo));
        assertThat(passport.at("/lines/0/netMassKg").asString()).isEqualTo("28495");
        // 28,495,000 g × 0.005263157895 = 149,973.684... g; 28,495 kg at the wet grade would be 142.475 kg.
        assertThat(passport.at("/lines/0/containedKg/Cu").asString()).isEqualTo("149.974");
        assertThat(passport.at("/chain/steps").findValuesAsString("eventId")).containsExactly("adj-ext", "adj-dry-1", "adj-smp-1",
                "adj-dsp-1", "adj-rcv-1", "adj-exp-1");
        assertThat(passport.at("/chain/steps/1/type").asString()).isEqualTo("adjusted");
        assertThat(passport.at("/chain/steps/1/adjustment").asString()).isEqualTo("moisture");
        assertThat(passport.at("/chain/steps/2/adjustment").asString()).isEqualTo("sampling");
        assertThat(passport.at("/chain/steps/2/site").asString()).isEqualTo(LAB);
        assertThat(passport.at("/chain/steps/3").has("adjustment")).isFalse();

        PassportReport report = PassportVerifier.verify(JSON.convertValue(passport, Map.class),
                VerifierKey.parse(api.get("/log/key").body().strip()));
        assertThat(report.passed()).as(report.toString()).isTrue();
    }

    @Test
    void theRoyaltyIsAssessedOnTheDryMassAtTheDriedGrade() {
        JsonNode assessment = ok(api.get("/api/v1/fiscal/assessments/royalty-" + LOT)).get("assessment");
        assertThat(assessment.get("massKg").asString()).isEqualTo("28495");
        assertThat(assessment.get("gradeSource").asString()).isEqualTo("adj-dry-1");
    }

    @Test
    void refusalsWriteNothing() {
        String lot = "ADJ-ORE-2025-0002";
        if (api.get("/api/v1/lots/" + lot, fwo).status() == 404) {
            accepted(extracted(lot, "1000", "0.6", 8));
        }
        problem(post(dried("adj-bad", lot, "1000", null, 9)), 422, "custody-adjustment-is-whole");
        problem(post(dried("adj-bad", lot, "1000.001", null, 9)), 422, "custody-mass-negative");
        problem(post(dried("adj-bad", lot, "0", null, 9)), 422, "invalid-event");
        // 0.6 × 1000 / 500 = 1.2: more copper than ore.
        assertThat(problem(post(dried("adj-bad", lot, "500", null, 9)), 422, "custody-grades-above-whole").json().get("detail")
                .asString()).contains("once dried from 1000 kg to 500 kg");
        // 50 kg of a 1000 kg lot is 5 % of it, not 10 %.
        assertThat(problem(post(dried("adj-bad", lot, "50", "0.1", 9)), 422, "custody-moisture-inconsistent").json().get("detail")
                .asString()).contains("0.1").contains("100 kg of water");
        problem(post(dried("adj-bad", lot, "50", "1.5", 9)), 422, "invalid-event");
        Map<String, Object> unknownKind = dried("adj-bad", lot, "50", null, 9);
        unknownKind.put("kind", "spillage");
        assertThat(problem(post(unknownKind), 422, "invalid-event").json().get("field").asString()).isEqualTo("kind");
        Map<String, Object> moistSample = sampled("adj-bad", lot, "5", 9);
        moistSample.put("moisture", "0.05");
        problem(post(moistSample), 422, "invalid-event");
        Map<String, Object> number = dried("adj-bad", lot, "50", null, 9);
        number.put("massKg", 50);
        assertThat(problem(post(number), 400, "wrong-type").json().get("field").asString()).isEqualTo("massKg");
        Map<String, Object> moistureNumber = dried("adj-bad", lot, "50", null, 9);
        moistureNumber.put("moisture", 0.05);
        assertThat(problem(post(moistureNumber), 400, "wrong-type").json().get("field").asString()).isEqualTo("moisture");
        Map<String, Object> noKind = dried("adj-bad", lot, "50", null, 9);
        noKind.remove("kind");
        assertThat(problem(post(noKind), 400, "missing-field").json().get("field").asString()).isEqualTo("kind");
        Map<String, Object> unknownLab = sampled("adj-bad", lot, "5", 9);
        unknownLab.put("laboratory", "no-such-lab");
        problem(post(unknownLab), 422, "custody-unknown-site");
        String stranger = keys.issue(new PartyId(LAB), Role.OPERATOR).secret();
        problem(api.post("/api/v1/events", stranger, Api.json(sampled("adj-bad", lot, "5", 9))), 422, "custody-not-custodian");
        problem(post(sampled("adj-bad", LOT, "5", 40)), 422, "custody-lot-closed");

        assertThat(api.get("/api/v1/events/adj-bad", fwo).status()).isEqualTo(404);
        JsonNode kept = ok(api.get("/api/v1/lots/" + lot, fwo));
        assertThat(kept.get("availableMassKg").asString()).isEqualTo("1000");
        assertThat(kept.get("grades").get("Cu").asString()).isEqualTo("0.6");
    }

    private Map<String, Object> extracted(String lot, String kg, String cu, int hour) {
        return event("adj-ext" + (LOT.equals(lot) ? "" : "-" + lot), "extracted", hour, Map.of("lot", lot, "site", PIT,
                "material", "cu-ore", "form", "ore", "massKg", kg, "grades", Map.of("Cu", cu), "location", Map.of("lat", 29.101, "lon", 62.048)));
    }

    private static Map<String, Object> dried(String id, String lot, String kg, String moisture, int hour) {
        Map<String, Object> event = event(id, "adjusted", hour, Map.of("lot", lot, "kind", "moisture", "massKg", kg));
        if (moisture != null) {
            event.put("moisture", moisture);
        }
        return event;
    }

    private static Map<String, Object> sampled(String id, String lot, String kg, int hour) {
        return event(id, "adjusted", hour, Map.of("lot", lot, "kind", "sampling", "massKg", kg, "laboratory", LAB,
                "sampleId", "KAL-S-0001"));
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
