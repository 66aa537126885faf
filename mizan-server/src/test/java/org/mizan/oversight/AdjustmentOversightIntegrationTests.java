package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.kernel.PartyId;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Moisture and sampling are no losses to the rules: 30 t of ore at 0.5 % Cu dried by 1.5 t and sampled by 5 kg at the
 * mine travel whole to the plant, arrive with every kilogram, and the 555 kg of concentrate at 27 % Cu (149.85 kg) made
 * of them balance against the 149.974 kg the dried lot holds. Had the water been written off with the metal, the feed
 * would hold 142.475 kg and the concentrate 5 % more than it: an imbalance beyond the 2 % tolerance.
 */
@TestPropertySource(properties = {"mizan.test.isolation=oversight-adjusted", "mizan.oversight.evaluate=false"})
class AdjustmentOversightIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-09-01T06:00:00+05:00");
    private static boolean posted;

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    private String auditor;

    @BeforeEach
    void story() {
        if (!posted) {
            List<Map<String, Object>> minerEvents = register(adminKey());
            post(minerEvents, keys.issue(new PartyId("mo-miner"), Role.OPERATOR).secret(),
                    keys.issue(new PartyId("mo-processor"), Role.PROCESSOR).secret());
            posted = true;
        }
        auditor = keys.issue(new PartyId("mo-auditor"), Role.AUDITOR).secret();
        evaluator.drain();
    }

    @Test
    void aProcessFedByTheDriedLotBalancesOnItsUnchangedCopper() {
        JsonNode run = api.get("/api/v1/events/mo-p1", auditor).json();
        assertThat(run.at("/facts/elements/0/element").asString()).isEqualTo("Cu");
        assertThat(run.at("/facts/elements/0/input").asString()).isEqualTo("149.974");
        assertThat(run.at("/facts/elements/0/output").asString()).isEqualTo("149.85");
        assertThat(run.at("/facts/elements/0/breached").booleanValue()).isFalse();
        assertThat(touching("ELEMENT_IMBALANCE")).isEmpty();
    }

    @Test
    void neitherTheWaterNorTheSampleIsAnAlertOfAnyRule() {
        Api.Reply reply = api.get("/api/v1/alerts", auditor);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> rules = new ArrayList<>();
        reply.json().get("alerts").forEach(a -> {
            if (a.at("/subject/lots").toString().contains("MO-A")) {
                rules.add(a.get("rule").asString());
            }
        });
        assertThat(rules).isEmpty();
    }

    @Test
    void theGradeTheMineDeclaredIsRebasedDrySoALaterAssayIsComparedLikeWithLike() {
        BigDecimal declared = jdbc.sql("select declared from oversight_declared_grade where lot_id = 'MO-A' and element = 'Cu'")
                .query(BigDecimal.class).single();
        assertThat(declared).isEqualByComparingTo("0.005263157895");
    }

    private List<JsonNode> touching(String rule) {
        Api.Reply reply = api.get("/api/v1/alerts?rule=" + rule, auditor);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        reply.json().get("alerts").forEach(a -> {
            if (a.at("/subject/lots").toString().contains("MO-")) {
                out.add(a);
            }
        });
        return out;
    }

    private List<Map<String, Object>> register(String admin) {
        registerMineAndPlant(admin, "mo");
        return List.of(
                event("mo-x1", "extracted", T0, Map.of("lot", "MO-A", "site", "mo-mine", "material", "cu-ore", "form", "ore",
                        "massKg", "30000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.55, "lon", 72.55))),
                event("mo-a1", "adjusted", T0.plusMinutes(30), Map.of("lot", "MO-A", "kind", "moisture", "massKg", "1500",
                        "moisture", "0.05")),
                event("mo-a2", "adjusted", T0.plusMinutes(40), Map.of("lot", "MO-A", "kind", "sampling", "massKg", "5")),
                event("mo-d1", "dispatched", T0.plusHours(1), Map.of("lot", "MO-A", "from", "mo-mine", "to", "mo-plant",
                        "permit", Map.of("number", "PB-TP-MO-1", "vehicle", "LEA-3", "vehicleClass", "N3", "maxPayloadKg", "30000",
                                "validFrom", T0.toString(), "validUntil", T0.plusDays(2).toString()))));
    }

    private void post(List<Map<String, Object>> minerEvents, String miner, String processor) {
        expect(api.post("/api/v1/events", miner, Api.json(Map.of("events", minerEvents))));
        expect(api.post("/api/v1/events", processor, Api.json(Map.of("events", List.of(
                event("mo-r1", "received", T0.plusHours(14), Map.of("lot", "MO-A", "site", "mo-plant", "massKg", "28495")),
                event("mo-p1", "processed", T0.plusDays(1), Map.of("site", "mo-plant", "process", "flotation",
                        "inputs", List.of(Map.of("lot", "MO-A", "massKg", "28495")),
                        "outputs", List.of(Map.of("lot", "MO-CONC", "material", "cu-concentrate", "form", "concentrate",
                                "massKg", "555", "grades", Map.of("Cu", "0.27"))))))))));
    }

    private static void expect(Api.Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new AssertionError("Setup failed with " + reply.status() + ": " + reply.body());
        }
    }
}
