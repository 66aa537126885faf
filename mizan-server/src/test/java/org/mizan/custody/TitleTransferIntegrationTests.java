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
 * A sale without movement over HTTP on PostgreSQL: FWO sells 20 t of Chagai ore at the pit to Hub Minerals, which
 * sells it back while the truck is on the road to the export yard; FWO then exports it. The owner changes at each
 * sale and nothing else does; the passport names each buyer and verifies offline.
 */
// The adjustment tests' context and database: the same properties share one, and these lots are their own.
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.test.isolation=adjusted"})
class TitleTransferIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PIT = "chagai-copper-pit";
    private static final String YARD = "fwo-export-yard";
    private static final String HUB = "hub-minerals";
    private static final String SOLD_TWICE = "TT-ORE-2025-0001";
    private static final String SOLD_ONCE = "TT-ORE-2025-0002";
    private static final String CONSIGNMENT = "PK-EXP-2025-12-0060";
    private static final OffsetDateTime DAY = OffsetDateTime.parse("2025-12-02T00:00:00+05:00");

    @Value("${mizan.data-dir}")
    Path dataDir;

    private String fwo;
    private String hub;

    @BeforeEach
    void sellOncePerDatabase() {
        fwo = DemoPassport.keys(dataDir).get("fwo");
        hub = keys.issue(new PartyId(HUB), Role.OPERATOR).secret();
        if (api.get("/api/v1/lots/" + SOLD_TWICE, fwo).status() == 200) {
            return;
        }
        accepted(fwo, extracted("tt-ext-1", SOLD_TWICE, 8));
        accepted(fwo, sold("tt-sale-1", SOLD_TWICE, HUB, 9, "HM-PO-2025-117"));
        accepted(fwo, event("tt-dsp-1", "dispatched", 10, Map.of("lot", SOLD_TWICE, "from", PIT, "to", YARD, "permit",
                Map.of("number", "BA-TP-TT-1", "vehicle", "LES-6060", "vehicleClass", "N3 articulated truck", "maxPayloadKg", "30000",
                        "validFrom", DAY.toString(), "validUntil", DAY.plusDays(5).toString()))));
        accepted(hub, sold("tt-sale-2", SOLD_TWICE, "fwo", 12, null));
        accepted(fwo, event("tt-rcv-1", "received", 34, Map.of("lot", SOLD_TWICE, "site", YARD, "massKg", "20000")));
        accepted(fwo, event("tt-exp-1", "exported", 36, Map.of("consignment", CONSIGNMENT, "lots", List.of(SOLD_TWICE), "port", YARD,
                "buyer", "usm", "destinationCountry", "US", "declaredValueUsd", "120000.00")));
        accepted(fwo, extracted("tt-ext-2", SOLD_ONCE, 8));
        accepted(fwo, sold("tt-sale-3", SOLD_ONCE, HUB, 9, null));
    }

    @Test
    void aSaleChangesTheOwnerAndNothingElse() {
        JsonNode lot = ok(api.get("/api/v1/lots/" + SOLD_ONCE, hub));
        assertThat(lot.get("owner").asString()).isEqualTo(HUB);
        assertThat(lot.get("custodian").asString()).isEqualTo("fwo");
        assertThat(lot.get("site").asString()).isEqualTo(PIT);
        assertThat(lot.get("availableMassKg").asString()).isEqualTo("20000");
        assertThat(lot.get("grades").get("Cu").asString()).isEqualTo("0.006");

        JsonNode stored = ok(api.get("/api/v1/events/tt-sale-1", fwo));
        assertThat(stored.at("/event/type").asString()).isEqualTo("transferred");
        assertThat(stored.at("/event/buyer").asString()).isEqualTo(HUB);
        assertThat(stored.at("/event/reference").asString()).isEqualTo("HM-PO-2025-117");
        assertThat(stored.at("/facts/seller").asString()).isEqualTo("fwo");
        assertThat(stored.at("/facts/buyer").asString()).isEqualTo(HUB);
        assertThat(stored.at("/facts/mass").asString()).isEqualTo("20000");
        assertThat(stored.at("/facts/site").asString()).isEqualTo(PIT);
        assertThat(stored.get("facts").has("reference")).isTrue();
        assertThat(ok(api.get("/api/v1/events/tt-sale-2", fwo)).get("facts").has("reference")).isFalse();
    }

    @Test
    void theBuyerReadsWhatItBoughtAndAStrangerDoesNot() {
        assertThat(api.get("/api/v1/lots/" + SOLD_ONCE, hub).status()).isEqualTo(200);
        String lab = keys.issue(new PartyId("karachi-assay-lab"), Role.OPERATOR).secret();
        assertThat(api.get("/api/v1/lots/" + SOLD_ONCE, lab).status()).isIn(403, 404);
    }

    @Test
    void thePassportNamesEachBuyerAndVerifiesOffline() {
        JsonNode passport = ok(api.get("/api/v1/consignments/" + CONSIGNMENT + "/passport", fwo));
        assertThat(passport.at("/chain/steps").findValuesAsString("eventId")).containsExactly("tt-ext-1", "tt-sale-1", "tt-dsp-1",
                "tt-sale-2", "tt-rcv-1", "tt-exp-1");
        assertThat(passport.at("/chain/steps/1/type").asString()).isEqualTo("transferred");
        assertThat(passport.at("/chain/steps/1/buyer").asString()).isEqualTo(HUB);
        assertThat(passport.at("/chain/steps/1/actor").asString()).isEqualTo("fwo");
        assertThat(passport.at("/chain/steps/3/buyer").asString()).isEqualTo("fwo");
        assertThat(passport.at("/chain/steps/3/actor").asString()).isEqualTo(HUB);
        assertThat(passport.at("/chain/steps/0").has("buyer")).isFalse();
        assertThat(passport.at("/lines/0/netMassKg").asString()).isEqualTo("20000");

        PassportReport report = PassportVerifier.verify(JSON.convertValue(passport, Map.class),
                VerifierKey.parse(api.get("/log/key").body().strip()));
        assertThat(report.passed()).as(report.toString()).isTrue();
    }

    @Test
    void aPassportWhoseSaleNamesAnotherBuyerDoesNotVerify() {
        JsonNode passport = ok(api.get("/api/v1/consignments/" + CONSIGNMENT + "/passport", fwo));
        @SuppressWarnings("unchecked")
        Map<String, Object> forged = JSON.convertValue(passport, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> step = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) forged.get("chain")).get("steps")).get(1);
        step.put("buyer", "usm");

        PassportReport report = PassportVerifier.verify(forged, VerifierKey.parse(api.get("/log/key").body().strip()));
        assertThat(report.passed()).isFalse();
        assertThat(report.toString()).contains("chain.steps[1].buyer");
    }

    @Test
    void theRoyaltyIsAssessedOnTheDispatchWhoeverOwnsTheLot() {
        JsonNode assessment = ok(api.get("/api/v1/fiscal/assessments/royalty-" + SOLD_TWICE)).get("assessment");
        assertThat(assessment.get("massKg").asString()).isEqualTo("20000");
    }

    @Test
    void refusalsWriteNothing() {
        problem(post(fwo, sold("tt-bad", SOLD_ONCE, "usm", 20, null)), 422, "custody-not-owner");
        problem(post(hub, sold("tt-bad", SOLD_ONCE, HUB, 20, null)), 422, "custody-buyer-is-owner");
        problem(post(hub, sold("tt-bad", SOLD_ONCE, "nobody-registered", 20, null)), 422, "custody-unknown-party");
        problem(post(hub, sold("tt-bad", SOLD_ONCE, "usm", 5, null)), 422, "custody-time-backwards");
        problem(post(fwo, sold("tt-bad", SOLD_TWICE, HUB, 40, null)), 422, "custody-lot-closed");
        problem(post(hub, sold("tt-bad", "TT-NO-SUCH-LOT", "usm", 20, null)), 422, "custody-unknown-lot");
        problem(post(hub, sold("tt-bad", SOLD_ONCE, "usm", 20, " ")), 422, "invalid-event");
        assertThat(problem(post(hub, sold("tt-bad", SOLD_ONCE, "Not A Party!", 20, null)), 422, "invalid-party-id").json().get("field")
                .asString()).isEqualTo("buyer");
        Map<String, Object> noBuyer = sold("tt-bad", SOLD_ONCE, "usm", 20, null);
        noBuyer.remove("buyer");
        assertThat(problem(post(hub, noBuyer), 400, "missing-field").json().get("field").asString()).isEqualTo("buyer");
        Map<String, Object> numberBuyer = sold("tt-bad", SOLD_ONCE, "usm", 20, null);
        numberBuyer.put("buyer", 7);
        assertThat(problem(post(hub, numberBuyer), 400, "wrong-type").json().get("field").asString()).isEqualTo("buyer");
        Map<String, Object> moved = sold("tt-bad", SOLD_ONCE, "usm", 20, null);
        moved.put("to", YARD);
        problem(post(hub, moved), 400, "unknown-field");

        assertThat(api.get("/api/v1/events/tt-bad", fwo).status()).isEqualTo(404);
        JsonNode kept = ok(api.get("/api/v1/lots/" + SOLD_ONCE, hub));
        assertThat(kept.get("owner").asString()).isEqualTo(HUB);
        assertThat(kept.get("availableMassKg").asString()).isEqualTo("20000");
    }

    private static Map<String, Object> extracted(String id, String lot, int hour) {
        return event(id, "extracted", hour, Map.of("lot", lot, "site", PIT, "material", "cu-ore", "form", "ore", "massKg", "20000",
                "grades", Map.of("Cu", "0.006"), "location", Map.of("lat", 29.101, "lon", 62.048)));
    }

    private static Map<String, Object> sold(String id, String lot, String buyer, int hour, String reference) {
        Map<String, Object> event = event(id, "transferred", hour, Map.of("lot", lot, "buyer", buyer));
        if (reference != null) {
            event.put("reference", reference);
        }
        return event;
    }

    private static Map<String, Object> event(String id, String type, int hour, Map<String, Object> fields) {
        return CustodyEventBodies.event(id, type, DAY.plusHours(hour), fields);
    }

    private Reply post(String key, Map<String, Object> event) {
        return api.post("/api/v1/events", key, Api.json(event));
    }

    private void accepted(String key, Map<String, Object> event) {
        Reply reply = post(key, event);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
