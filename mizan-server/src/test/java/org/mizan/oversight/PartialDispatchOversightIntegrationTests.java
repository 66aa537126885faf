package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The rules on the road see the new lot of a partial dispatch as an ordinary trip of its own mass: 20 t split off
 * a 30 t lot on a 15 t permit overload it, 19 t weighed in is a 1 t loss, and the concentrate made of it
 * balances against the grade it inherited.
 */
@TestPropertySource(properties = {"mizan.test.isolation=oversight-split", "mizan.oversight.evaluate=false"})
class PartialDispatchOversightIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-09-01T06:00:00+05:00");
    private static boolean posted;

    @Autowired
    Evaluator evaluator;

    private String auditor;

    @BeforeEach
    void story() {
        if (!posted) {
            List<Map<String, Object>> minerEvents = register(adminKey());
            post(minerEvents, keys.issue(new PartyId("sp-miner"), Role.OPERATOR).secret(),
                    keys.issue(new PartyId("sp-processor"), Role.PROCESSOR).secret());
            posted = true;
        }
        auditor = keys.issue(new PartyId("sp-auditor"), Role.AUDITOR).secret();
        evaluator.drain();
    }

    @Test
    void theNewLotsTripIsJudgedOnItsOwnMass() {
        JsonNode payload = only("PERMIT_VIOLATION");
        assertThat(payload.at("/evidence/eventIds").toString()).isEqualTo("[\"sp-d1\"]");
        assertThat(payload.at("/evidence/figures/violation").asString()).isEqualTo("payload");
        assertThat(payload.at("/evidence/figures/massKg").asString()).isEqualTo("20000");
        assertThat(payload.at("/evidence/figures/maxPayloadKg").asString()).isEqualTo("15000");

        JsonNode loss = only("TRANSIT_LOSS");
        assertThat(loss.at("/evidence/eventIds").toString()).isEqualTo("[\"sp-d1\",\"sp-r1\"]");
        assertThat(loss.at("/evidence/figures/shortKg").asString()).isEqualTo("1000");
    }

    @Test
    void theNewLotsConcentrateBalancesAgainstTheGradeItInherited() {
        // 19000 kg at 0.5 % Cu carry 95 kg; 340 kg of concentrate at 27 % carry 91.8 kg.
        assertThat(touching("ELEMENT_IMBALANCE")).isEmpty();
        assertThat(touching("IMPLAUSIBLE_TRANSIT")).isEmpty();
    }

    private JsonNode only(String rule) {
        List<JsonNode> found = touching(rule);
        assertThat(found).as(rule).hasSize(1);
        assertThat(found.get(0).at("/subject/lots/0").asString()).isEqualTo("SP-A-T1");
        return found.get(0);
    }

    private List<JsonNode> touching(String rule) {
        Api.Reply reply = api.get("/api/v1/alerts?rule=" + rule, auditor);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        reply.json().get("alerts").forEach(a -> {
            if (a.at("/subject/lots").toString().contains("SP-A")) {
                out.add(a);
            }
        });
        return out;
    }

    private List<Map<String, Object>> register(String admin) {
        registerMineAndPlant(admin, "sp");
        return List.of(
                event("sp-x1", "extracted", T0, Map.of("lot", "SP-A", "site", "sp-mine", "material", "cu-ore", "form", "ore",
                        "massKg", "30000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.55, "lon", 72.55))),
                event("sp-d1", "dispatched", T0.plusHours(1), Map.of("lot", "SP-A", "newLot", "SP-A-T1", "massKg", "20000",
                        "from", "sp-mine", "to", "sp-plant", "permit", Map.of("number", "PB-TP-SP-1", "vehicle", "LEA-2", "vehicleClass",
                                "N3", "maxPayloadKg", "15000", "validFrom", T0.toString(), "validUntil", T0.plusDays(2).toString()))));
    }

    private void post(List<Map<String, Object>> minerEvents, String miner, String processor) {
        expect(api.post("/api/v1/events", miner, Api.json(Map.of("events", minerEvents))));
        expect(api.post("/api/v1/events", processor, Api.json(Map.of("events", List.of(
                event("sp-r1", "received", T0.plusHours(14), Map.of("lot", "SP-A-T1", "site", "sp-plant", "massKg", "19000")),
                event("sp-p1", "processed", T0.plusDays(1), Map.of("site", "sp-plant", "process", "flotation",
                        "inputs", List.of(Map.of("lot", "SP-A-T1", "massKg", "19000")),
                        "outputs", List.of(Map.of("lot", "SP-CONC", "material", "cu-concentrate", "form", "concentrate",
                                "massKg", "340", "grades", Map.of("Cu", "0.27"))))))))));
    }

    private static void expect(Api.Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new AssertionError("Setup failed with " + reply.status() + ": " + reply.body());
        }
    }
}
