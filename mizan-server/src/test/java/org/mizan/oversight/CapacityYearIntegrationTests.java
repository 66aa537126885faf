package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A licence's yearly extraction is counted on Pakistan's calendar: ore dug half an hour after midnight
 * on New Year's night, written in UTC on 31 December, belongs to the new year and does not push the
 * old year over capacity.
 */
@TestPropertySource(properties = {"mizan.test.isolation=capacityyear", "mizan.oversight.evaluate=false"})
class CapacityYearIntegrationTests extends OversightHttpTest {

    @Autowired
    Evaluator evaluator;

    @Test
    void theHoursAroundNewYearsMidnightCountInTheProvincesYear() {
        String admin = adminKey();
        post(admin, "/api/v1/parties", Map.of("id", "cy-miner", "name", "cy-miner", "kind", "company", "country", "PK"));
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(73.0, 31.0), List.of(73.1, 31.0),
                List.of(73.1, 31.1), List.of(73.0, 31.1), List.of(73.0, 31.0))));
        post(admin, "/api/v1/licences", Map.of("number", "CY-ML-1", "type", "mining-lease", "holder", "cy-miner", "province", "PK-PB",
                "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 1)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"));
        post(admin, "/api/v1/sites", Map.of("id", "cy-mine", "name", "cy-mine", "kind", "mine", "lat", 31.05, "lon", 73.05,
                "operator", "cy-miner", "licence", "CY-ML-1"));
        String miner = keyFor("cy-miner", Role.OPERATOR);

        // 950 kg at 23:30 on 31 December in Pakistan; 100 kg at 00:30 on 1 January there (still the 31st in UTC);
        // 960 kg more on 1 January: the old year stays under its tonne, the new one passes it (crossing warning and
        // capacity at once, it is reported once, as exceeded). Counted in UTC, cy-x2 would have put 2025 over.
        post(miner, "/api/v1/events", Map.of("events", List.of(extracted("cy-x1", "CY-A", "2025-12-31T18:30:00Z", "950"),
                extracted("cy-x2", "CY-B", "2025-12-31T19:30:00Z", "100"), extracted("cy-x3", "CY-C", "2026-01-01T10:00:00+05:00", "960"))));
        evaluator.drain();

        List<JsonNode> alerts = alerts(admin, "?rule=OVER_CAPACITY");
        assertThat(alerts).extracting(a -> a.at("/evidence/figures/year").asInt() + "/" + a.at("/evidence/figures/level").asString()
                + "/" + a.at("/evidence/eventIds/0").asString())
                .containsExactlyInAnyOrder("2025/warning/cy-x1", "2026/exceeded/cy-x3");
        JsonNode exceeded = alerts.stream().filter(a -> a.at("/evidence/figures/level").asString().equals("exceeded")).findFirst().orElseThrow();
        assertThat(exceeded.at("/evidence/figures/extractedKg").asString()).isEqualTo("1060");
    }

    private static Map<String, Object> extracted(String id, String lot, String at, String kg) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", "extracted", "time", at));
        e.putAll(Map.of("lot", lot, "site", "cy-mine", "material", "cu-ore", "form", "ore", "massKg", kg,
                "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.05, "lon", 73.05)));
        return e;
    }
}
