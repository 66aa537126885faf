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
 * A hauler who takes 0.9 % of every truck on one route, under the 1 % per-trip tolerance, raises no
 * transit loss but one loss-pattern alert from the tenth trip on, counting each trip after it; the
 * same operator's honest route, whose scales err both ways, raises nothing; evaluating again counts
 * nothing twice, because the route's trips are remembered by receipt.
 */
@TestPropertySource(properties = {"mizan.test.isolation=losspattern", "mizan.oversight.evaluate=false"})
class TransitLossPatternIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-10-01T06:00:00+05:00");

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRouteThatAlwaysArrivesJustUnderTheToleranceIsOnePatternAlert() {
        String admin = adminKey();
        post(admin, "/api/v1/parties", Map.of("id", "tp-miner", "name", "tp-miner", "kind", "company", "country", "PK"));
        post(admin, "/api/v1/parties", Map.of("id", "tp-plant-co", "name", "tp-plant-co", "kind", "processor", "country", "PK"));
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(73.0, 31.0), List.of(73.1, 31.0),
                List.of(73.1, 31.1), List.of(73.0, 31.1), List.of(73.0, 31.0))));
        post(admin, "/api/v1/licences", Map.of("number", "TP-ML-1", "type", "mining-lease", "holder", "tp-miner", "province", "PK-PB",
                "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 10000)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"));
        for (String mine : List.of("tp-mine", "tp-mine-2")) {
            post(admin, "/api/v1/sites", Map.of("id", mine, "name", mine, "kind", "mine", "lat", 31.05, "lon", 73.05,
                    "operator", "tp-miner", "licence", "TP-ML-1"));
        }
        post(admin, "/api/v1/sites", Map.of("id", "tp-plant", "name", "tp-plant", "kind", "plant", "lat", 31.52, "lon", 74.35,
                "operator", "tp-plant-co"));
        String miner = keyFor("tp-miner", Role.OPERATOR);
        String plant = keyFor("tp-plant-co", Role.OPERATOR);

        // Twelve trucks of 30 t weighed on 20 kg and 10 kg scales: the skimmed route's arrive 300 kg light
        // (270 kg beyond the scales, 0.9 %), the honest route's 25 kg light or heavy in turn.
        List<Map<String, Object>> mines = new ArrayList<>();
        List<Map<String, Object>> receipts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            trip(mines, receipts, "tp-mine", "S" + i, T0.plusDays(i), "29700");
            trip(mines, receipts, "tp-mine-2", "H" + i, T0.plusDays(i).plusHours(1), i % 2 == 0 ? "30025" : "29975");
        }
        // Half the year evaluated, then the rest: the route's window is remembered between evaluations, not held in memory.
        post(miner, "/api/v1/events", Map.of("events", mines.subList(0, 24)));
        post(plant, "/api/v1/events", Map.of("events", receipts.subList(0, 12)));
        evaluator.drain();
        assertThat(alerts(admin, "?rule=TRANSIT_LOSS_PATTERN")).isEmpty();
        post(miner, "/api/v1/events", Map.of("events", mines.subList(24, mines.size())));
        post(plant, "/api/v1/events", Map.of("events", receipts.subList(12, receipts.size())));
        evaluator.drain();

        assertThat(alerts(admin, "?rule=TRANSIT_LOSS")).isEmpty();
        List<JsonNode> patterns = alerts(admin, "?rule=TRANSIT_LOSS_PATTERN");
        assertThat(patterns).hasSize(1);
        JsonNode alert = patterns.get(0);
        assertThat(alert.get("occurrences").asInt()).isEqualTo(3);
        assertThat(strings(alert.get("subject").get("sites"))).containsExactly("tp-mine", "tp-plant");
        assertThat(strings(alert.get("subject").get("parties"))).containsExactly("tp-miner");
        List<String> skimmed = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            skimmed.add("tp-r-S" + i);
        }
        assertThat(strings(alert.get("evidence").get("eventIds"))).containsExactlyElementsOf(skimmed);
        assertThat(alert.at("/evidence/figures/tripsShort").asInt()).isEqualTo(10);
        assertThat(alert.at("/evidence/figures/shortFraction").asString()).isEqualTo("0.009000");
        assertThat(alert.at("/evidence/figures/pValue").asString()).isEqualTo("0.000977");
        assertThat(alert.get("explanation").asString()).contains("10 of the last 10 trips from tp-mine to tp-plant dispatched by tp-miner",
                "2700 kg in all or 0.9 % of the mass dispatched");

        // Remembered per receipt: the stream evaluated again from the start counts nothing twice.
        assertThat(jdbc.sql("select count(*) from oversight_route_trip where operator = 'tp-miner'").query(Long.class).single()).isEqualTo(24);
        jdbc.sql("update oversight_cursor set seq = 0 where name = 'custody'").update();
        evaluator.drain();
        assertThat(alerts(admin, "?rule=TRANSIT_LOSS_PATTERN")).extracting(a -> a.get("occurrences").asInt()).containsExactly(3);
        assertThat(jdbc.sql("select count(*) from oversight_route_trip where operator = 'tp-miner'").query(Long.class).single()).isEqualTo(24);
    }

    private static void trip(List<Map<String, Object>> mines, List<Map<String, Object>> receipts, String mine, String n, OffsetDateTime at,
            String receivedKg) {
        String lot = "TP-" + n;
        mines.add(event("tp-x-" + n, "extracted", at, Map.of("lot", lot, "site", mine, "material", "cu-ore", "form", "ore",
                "massKg", "30000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.05, "lon", 73.05))));
        OffsetDateTime leaves = at.plusHours(2);
        mines.add(event("tp-d-" + n, "dispatched", leaves, Map.of("lot", lot, "from", mine, "to", "tp-plant", "scaleResolutionKg", "20",
                "permit", Map.of("number", "TP-P-" + n, "vehicle", "TRK-" + n, "vehicleClass", "N3 truck", "maxPayloadKg", "40000",
                        "validFrom", leaves.toString(), "validUntil", leaves.plusHours(48).toString()))));
        receipts.add(event("tp-r-" + n, "received", leaves.plusHours(5), Map.of("lot", lot, "site", "tp-plant", "massKg", receivedKg,
                "scaleResolutionKg", "10")));
    }
}
