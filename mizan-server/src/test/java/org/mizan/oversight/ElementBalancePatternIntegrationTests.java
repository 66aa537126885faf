package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A plant that puts out 1.2 % more copper than every run took in, under the 2 % per-run tolerance, raises no
 * element imbalance but one balance-pattern alert from its eighth run on, counting each run after it; a plant
 * recovering an honest 90 % raises nothing; evaluating again counts nothing twice.
 */
@TestPropertySource(properties = {"mizan.test.isolation=balancepattern", "mizan.oversight.evaluate=false"})
class ElementBalancePatternIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-09-01T06:00:00+05:00");

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlantThatPutsOutALittleMoreThanItTakesInRunAfterRunIsOnePatternAlert() {
        String admin = adminKey();
        post(admin, "/api/v1/parties", Map.of("id", "bp-miner", "name", "bp-miner", "kind", "company", "country", "PK"));
        post(admin, "/api/v1/parties", Map.of("id", "bp-plant-co", "name", "bp-plant-co", "kind", "processor", "country", "PK"));
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(73.0, 31.0), List.of(73.1, 31.0),
                List.of(73.1, 31.1), List.of(73.0, 31.1), List.of(73.0, 31.0))));
        post(admin, "/api/v1/licences", Map.of("number", "BP-ML-1", "type", "mining-lease", "holder", "bp-miner", "province", "PK-PB",
                "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 10000)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"));
        post(admin, "/api/v1/sites", Map.of("id", "bp-mine", "name", "bp-mine", "kind", "mine", "lat", 31.05, "lon", 73.05,
                "operator", "bp-miner", "licence", "BP-ML-1"));
        for (String plant : List.of("bp-plant", "bp-plant-2")) {
            post(admin, "/api/v1/sites", Map.of("id", plant, "name", plant, "kind", "plant", "lat", 31.52, "lon", 74.35, "operator", "bp-plant-co"));
        }
        String miner = keyFor("bp-miner", Role.OPERATOR);
        String processor = keyFor("bp-plant-co", Role.PROCESSOR);

        // Twelve runs at each plant of one 30 t lot of ore at 0.5 % Cu (150 kg): the launderer's concentrate carries
        // 151.8 kg (607.2 kg at 25 %), the honest plant's 135 kg (540 kg at 25 %).
        List<Map<String, Object>> mine = new ArrayList<>();
        List<Map<String, Object>> plants = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            run(mine, plants, "bp-plant", "L" + i, T0.plusDays(i), "607.2");
            run(mine, plants, "bp-plant-2", "H" + i, T0.plusDays(i).plusHours(1), "540");
        }
        post(miner, "/api/v1/events", Map.of("events", mine));
        post(processor, "/api/v1/events", Map.of("events", plants));
        evaluator.drain();

        assertThat(alerts(admin, "?rule=ELEMENT_IMBALANCE")).isEmpty();
        List<JsonNode> patterns = alerts(admin, "?rule=ELEMENT_IMBALANCE_PATTERN");
        assertThat(patterns).hasSize(1);
        JsonNode alert = patterns.get(0);
        assertThat(alert.get("occurrences").asInt()).isEqualTo(5);
        assertThat(strings(alert.get("subject").get("sites"))).containsExactly("bp-plant");
        List<String> runs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            runs.add("bp-p-L" + i);
        }
        assertThat(strings(alert.get("evidence").get("eventIds"))).containsExactlyElementsOf(runs);
        // The alert reads as its first finding did, on the eighth run; its evidence gathers every run since.
        assertThat(alert.at("/evidence/figures/runs").asInt()).isEqualTo(8);
        assertThat(alert.at("/evidence/figures/inputKg").asString()).isEqualTo("1200");
        assertThat(alert.at("/evidence/figures/outputKg").asString()).isEqualTo("1214.4");
        assertThat(alert.at("/evidence/figures/surplusShare").asString()).isEqualTo("0.012000");
        assertThat(alert.at("/evidence/figures/allowed").asString()).isEqualTo("0.007072");
        assertThat(alert.get("explanation").asString()).contains("8 of the last 8 flotation runs at bp-plant", "1.2 % more");

        // Remembered per run: the stream evaluated again from the start counts nothing twice.
        assertThat(jdbc.sql("select count(*) from oversight_plant_run where site like 'bp-plant%'").query(Long.class).single()).isEqualTo(24);
        jdbc.sql("update oversight_cursor set seq = 0 where name = 'custody'").update();
        evaluator.drain();
        assertThat(alerts(admin, "?rule=ELEMENT_IMBALANCE_PATTERN")).extracting(a -> a.get("occurrences").asInt()).containsExactly(5);
        assertThat(jdbc.sql("select count(*) from oversight_plant_run where site like 'bp-plant%'").query(Long.class).single()).isEqualTo(24);
    }

    private static void run(List<Map<String, Object>> mine, List<Map<String, Object>> plants, String plant, String n, OffsetDateTime at,
            String concentrateKg) {
        String lot = "BP-" + n;
        mine.add(event("bp-x-" + n, "extracted", at, Map.of("lot", lot, "site", "bp-mine", "material", "cu-ore", "form", "ore",
                "massKg", "30000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.05, "lon", 73.05))));
        OffsetDateTime leaves = at.plusHours(2);
        mine.add(event("bp-d-" + n, "dispatched", leaves, Map.of("lot", lot, "from", "bp-mine", "to", plant,
                "permit", Map.of("number", "BP-P-" + n, "vehicle", "TRK-" + n, "vehicleClass", "N3 truck", "maxPayloadKg", "40000",
                        "validFrom", leaves.toString(), "validUntil", leaves.plusHours(48).toString()))));
        plants.add(event("bp-r-" + n, "received", leaves.plusHours(5), Map.of("lot", lot, "site", plant, "massKg", "30000")));
        plants.add(event("bp-p-" + n, "processed", leaves.plusHours(8), Map.of("site", plant, "process", "flotation",
                "inputs", List.of(Map.of("lot", lot, "massKg", "30000")),
                "outputs", List.of(Map.of("lot", "BP-C-" + n, "material", "cu-concentrate", "form", "concentrate", "massKg", concentrateKg,
                        "grades", Map.of("Cu", "0.25"))))));
    }
}
