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
 * A mine whose copper grades are declared a quarter below what the laboratory finds, lot after lot,
 * raises one under-declaration alert from the tenth assayed lot on, counting each lot after it; a mine
 * whose declarations scatter ten per cent either side of the assays raises nothing; evaluating again
 * counts nothing twice, because each lot's declaration and first assay are remembered by lot.
 */
@TestPropertySource(properties = {"mizan.test.isolation=underdeclared", "mizan.oversight.evaluate=false"})
class GradeUnderDeclarationIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-10-01T06:00:00+05:00");

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMineThatDeclaresAQuarterLessCopperThanAssayedOnTwelveLotsIsOneAlert() {
        String admin = adminKey();
        post(admin, "/api/v1/parties", Map.of("id", "ud-miner", "name", "ud-miner", "kind", "company", "country", "PK"));
        post(admin, "/api/v1/parties", Map.of("id", "ud-assayer", "name", "ud-assayer", "kind", "laboratory", "country", "PK"));
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(72.0, 30.0), List.of(72.1, 30.0),
                List.of(72.1, 30.1), List.of(72.0, 30.1), List.of(72.0, 30.0))));
        post(admin, "/api/v1/licences", Map.of("number", "UD-ML-1", "type", "mining-lease", "holder", "ud-miner", "province", "PK-PB",
                "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 10000)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"));
        for (String mine : List.of("ud-mine", "ud-mine-2")) {
            post(admin, "/api/v1/sites", Map.of("id", mine, "name", mine, "kind", "mine", "lat", 30.05, "lon", 72.05,
                    "operator", "ud-miner", "licence", "UD-ML-1"));
        }
        post(admin, "/api/v1/sites", Map.of("id", "ud-lab", "name", "ud-lab", "kind", "laboratory", "lat", 31.5, "lon", 74.35,
                "operator", "ud-assayer"));
        String miner = keyFor("ud-miner", Role.OPERATOR);
        String lab = keyFor("ud-assayer", Role.OPERATOR);

        // The laboratory finds 1 % copper in every lot; ud-mine declared 0.75 %, ud-mine-2 1.1 % and 0.9 % in turn.
        List<Map<String, Object>> extractions = new ArrayList<>();
        List<Map<String, Object>> assays = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            lot(extractions, assays, "ud-mine", "U" + i, T0.plusDays(i), "0.0075");
            lot(extractions, assays, "ud-mine-2", "H" + i, T0.plusDays(i).plusHours(1), i % 2 == 0 ? "0.011" : "0.009");
        }
        // Half evaluated, then the rest: the pairs are remembered between evaluations, not held in memory.
        post(miner, "/api/v1/events", Map.of("events", extractions.subList(0, 12)));
        post(lab, "/api/v1/events", Map.of("events", assays.subList(0, 12)));
        evaluator.drain();
        assertThat(alerts(admin, "?rule=GRADE_UNDER_DECLARED")).isEmpty();
        post(miner, "/api/v1/events", Map.of("events", extractions.subList(12, extractions.size())));
        post(lab, "/api/v1/events", Map.of("events", assays.subList(12, assays.size())));
        evaluator.drain();

        List<JsonNode> found = alerts(admin, "?rule=GRADE_UNDER_DECLARED");
        assertThat(found).hasSize(1);
        JsonNode alert = found.get(0);
        assertThat(alert.get("occurrences").asInt()).isEqualTo(3);
        assertThat(alert.get("severity").asString()).isEqualToIgnoringCase("high");
        assertThat(strings(alert.get("subject").get("sites"))).containsExactly("ud-mine");
        assertThat(strings(alert.get("subject").get("parties"))).containsExactly("ud-miner");
        List<String> evidence = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            evidence.add("ud-x-U" + i);
            evidence.add("ud-a-U" + i);
        }
        assertThat(strings(alert.get("evidence").get("eventIds"))).containsExactlyElementsOf(evidence);
        assertThat(alert.at("/evidence/figures/lots").asInt()).isEqualTo(10);
        assertThat(alert.at("/evidence/figures/assayedHigher").asInt()).isEqualTo(10);
        assertThat(alert.at("/evidence/figures/medianRatio").asString()).isEqualTo("1.333");
        assertThat(alert.at("/evidence/figures/pValue").asString()).isEqualTo("0.000977");
        assertThat(alert.get("explanation").asString()).contains("Of the last 10 lots from ud-mine whose Cu grade ud-miner declared",
                "10 assayed higher than declared and 0 lower", "the median assay is 1.333 times the declared grade (limit 1.10)");

        // Remembered per lot and element: the stream evaluated again from the start counts nothing twice.
        assertThat(jdbc.sql("select count(*) from oversight_declared_grade where operator = 'ud-miner' and assay_event_id is not null")
                .query(Long.class).single()).isEqualTo(24);
        jdbc.sql("update oversight_cursor set seq = 0 where name = 'custody'").update();
        evaluator.drain();
        assertThat(alerts(admin, "?rule=GRADE_UNDER_DECLARED")).extracting(a -> a.get("occurrences").asInt()).containsExactly(3);
    }

    private static void lot(List<Map<String, Object>> extractions, List<Map<String, Object>> assays, String mine, String n, OffsetDateTime at,
            String declaredCu) {
        String lot = "UD-" + n;
        extractions.add(event("ud-x-" + n, "extracted", at, Map.of("lot", lot, "site", mine, "material", "cu-ore", "form", "ore",
                "massKg", "30000", "grades", Map.of("Cu", declaredCu), "location", Map.of("lat", 30.05, "lon", 72.05))));
        assays.add(event("ud-a-" + n, "assayed", at.plusHours(6), Map.of("lot", lot, "laboratory", "ud-lab", "grades", Map.of("Cu", "0.01"),
                "certificate", "UD-C-" + n)));
    }
}
