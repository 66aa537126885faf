package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.PartyId;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Three lots of 30 t at 0.5 % Cu (150 kg each) floated at one plant into 500 kg of concentrate at 27 % (135 kg). The first
 * run declares 29.5 t of tailings at 0.05 % (14.75 kg): 0.25 kg unaccounted, quiet. The second declares its tailings at
 * 0.01 % (2.95 kg): 12.05 kg, 8 % of the copper, in none of its outputs, beyond the 3 % allowed once tailings are declared.
 * The third, as every run before roles, states no tailings: its 10 % recovery loss is not judged.
 */
@TestPropertySource(properties = {"mizan.test.isolation=oversight-tailings", "mizan.oversight.evaluate=false"})
class TailingsOversightIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-09-01T06:00:00+05:00");
    private static boolean posted;

    @Autowired
    Evaluator evaluator;

    private String auditor;

    @BeforeEach
    void story() {
        if (!posted) {
            registerMineAndPlant(adminKey(), "tg");
            String miner = keys.issue(new PartyId("tg-miner"), Role.OPERATOR).secret();
            String processor = keys.issue(new PartyId("tg-processor"), Role.PROCESSOR).secret();
            List<Map<String, Object>> mined = new ArrayList<>();
            List<Map<String, Object>> processed = new ArrayList<>();
            int i = 0;
            for (String lot : List.of("TG-A", "TG-B", "TG-C")) {
                OffsetDateTime at = T0.plusDays(i++);
                mined.add(event(lot + "-x", "extracted", at, Map.of("lot", lot, "site", "tg-mine", "material", "cu-ore", "form", "ore",
                        "massKg", "30000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.55, "lon", 72.55))));
                mined.add(event(lot + "-d", "dispatched", at.plusHours(1), Map.of("lot", lot, "from", "tg-mine", "to", "tg-plant",
                        "permit", Map.of("number", "PB-TP-" + lot, "vehicle", "LEA-7", "vehicleClass", "N3", "maxPayloadKg", "30000",
                                "validFrom", at.toString(), "validUntil", at.plusDays(2).toString()))));
                processed.add(event(lot + "-r", "received", at.plusHours(14), Map.of("lot", lot, "site", "tg-plant", "massKg", "30000")));
            }
            processed.add(run("tg-p1", "TG-A", 1, tailings("TG-A-T", "0.0005")));
            processed.add(run("tg-p2", "TG-B", 2, tailings("TG-B-T", "0.0001")));
            processed.add(run("tg-p3", "TG-C", 3, null));
            post(miner, "/api/v1/events", Map.of("events", mined));
            post(processor, "/api/v1/events", Map.of("events", processed));
            posted = true;
        }
        auditor = keys.issue(new PartyId("tg-auditor"), Role.AUDITOR).secret();
        evaluator.drain();
    }

    @Test
    void aPlantThatAccountsForItsCopperInItsTailingsIsQuiet() {
        JsonNode run = api.get("/api/v1/events/tg-p1", auditor).json();
        assertThat(run.at("/facts/elements/0/input").asString()).isEqualTo("150");
        assertThat(run.at("/facts/elements/0/output").asString()).isEqualTo("149.75");
        assertThat(imbalances()).noneMatch(a -> a.toString().contains("tg-p1"));
    }

    @Test
    void copperInNoneOfTheOutputsOfAPlantThatDeclaresTailingsIsAnImbalance() {
        List<JsonNode> alerts = imbalances();
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0);
        assertThat(alert.toString()).contains("tg-p2");
        assertThat(alert.at("/evidence/figures/unaccountedKg").asString()).isEqualTo("12.05");
        assertThat(alert.at("/evidence/figures/unaccountedShare").asString()).isEqualTo("0.0803");
        assertThat(alert.at("/evidence/figures/lossAllowance").asString()).isEqualTo("0.03");
        assertThat(alert.get("explanation").asString()).contains("declared its tailings");
    }

    @Test
    void aRunThatStatesNoTailingsLosesItsRecoveryUnjudgedAsBefore() {
        JsonNode run = api.get("/api/v1/events/tg-p3", auditor).json();
        assertThat(run.at("/event/outputs").size()).isEqualTo(1);
        assertThat(run.at("/facts/elements/0/output").asString()).isEqualTo("135");
        assertThat(imbalances()).noneMatch(a -> a.toString().contains("tg-p3"));
    }

    private List<JsonNode> imbalances() {
        List<JsonNode> out = new ArrayList<>();
        alerts(auditor, "?rule=ELEMENT_IMBALANCE").stream().filter(a -> a.at("/subject/sites").toString().contains("tg-plant"))
                .forEach(out::add);
        return out;
    }

    private static Map<String, Object> tailings(String lot, String cu) {
        return Map.of("lot", lot, "material", "cu-ore", "form", "ore", "massKg", "29500", "grades", Map.of("Cu", cu), "role", "tailings");
    }

    private static Map<String, Object> run(String id, String lot, int day, Map<String, Object> tailings) {
        List<Map<String, Object>> outputs = new ArrayList<>();
        outputs.add(Map.of("lot", lot + "-CONC", "material", "cu-concentrate", "form", "concentrate", "massKg", "500",
                "grades", Map.of("Cu", "0.27")));
        if (tailings != null) {
            outputs.add(tailings);
        }
        Map<String, Object> body = new LinkedHashMap<>(Map.of("site", "tg-plant", "process", "flotation",
                "inputs", List.of(Map.of("lot", lot, "massKg", "30000")), "outputs", outputs));
        return event(id, "processed", T0.plusDays(day).plusHours(20), body);
    }
}
