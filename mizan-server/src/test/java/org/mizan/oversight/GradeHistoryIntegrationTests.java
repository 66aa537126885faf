package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.PartyId;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A small miner declares every lot at one nominal grade, 0.5 % Cu, and the laboratory's assays of the same lots scatter
 * as ore does, from 0.6 to 1.8 times it. Judged against the mixed history (two dozen identical declarations beside the
 * assays) the spread is its floor, ln 1.1, and every assay beyond 1.46 times the nominal grade would be an outlier; judged
 * against the site's assays alone, as the rule now does, none is. A declaration eight times the nominal grade is still
 * one against the declarations, and its assay one against the assays.
 */
// The under-declaration test's context and database: the same properties share one, and this mine is its own.
@TestPropertySource(properties = {"mizan.test.isolation=underdeclared", "mizan.oversight.evaluate=false"})
class GradeHistoryIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-11-01T06:00:00+05:00");
    private static final double[] SCATTER = {0.6, 0.75, 0.9, 1.0, 1.1, 1.3, 1.6, 1.8};
    private static final int HONEST = 24;

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void assaysAreJudgedAgainstAssaysAndDeclarationsAgainstDeclarations() {
        String admin = adminKey();
        registerMineAndPlant(admin, "gh");
        post(admin, "/api/v1/parties", Map.of("id", "gh-assayer", "name", "gh-assayer", "kind", "laboratory", "country", "PK"));
        post(admin, "/api/v1/sites", Map.of("id", "gh-lab", "name", "gh-lab", "kind", "laboratory", "lat", 31.5, "lon", 74.35,
                "operator", "gh-assayer"));
        List<Map<String, Object>> extractions = new ArrayList<>();
        List<Map<String, Object>> assays = new ArrayList<>();
        for (int i = 1; i <= HONEST; i++) {
            String assayed = new BigDecimal("0.005").multiply(BigDecimal.valueOf(SCATTER[i % SCATTER.length])).toPlainString();
            lot(extractions, assays, i, "0.005", assayed);
        }
        lot(extractions, assays, HONEST + 1, "0.04", "0.04");
        post(keys.issue(new PartyId("gh-miner"), Role.OPERATOR).secret(), "/api/v1/events", Map.of("events", extractions));
        post(keys.issue(new PartyId("gh-assayer"), Role.OPERATOR).secret(), "/api/v1/events", Map.of("events", assays));
        evaluator.drain();

        // Repeated findings on one lot fold into one alert: its occurrences say which events fired.
        List<List<String>> fired = new ArrayList<>();
        JsonNode alert = null;
        for (JsonNode a : alerts(admin, "?rule=GRADE_OUTLIER")) {
            if (a.at("/subject/sites").toString().contains("gh-mine")) {
                alert = a;
                api.get("/api/v1/alerts/" + a.get("id").asString() + "/occurrences", admin).json().get("occurrences")
                        .forEach(o -> fired.add(strings(o.get("eventIds"))));
            }
        }
        assertThat(fired).containsExactly(List.of("gh-x-25"), List.of("gh-a-25"));
        assertThat(alert.at("/evidence/figures/historyOf").asString()).isEqualTo("declared");
        assertThat(alert.at("/evidence/figures/median").asString()).isEqualTo("0.005");
        assertThat(alert.at("/evidence/figures/robustLogSpread").asString()).isEqualTo("0.09531");
        assertThat(alert.get("explanation").asString()).contains("earlier cu-ore declared grades from gh-mine");
        assertThat(jdbc.sql("select count(*) from oversight_grade where site = 'gh-mine' and assayed").query(Long.class).single())
                .isEqualTo(HONEST + 1L);
    }

    private static void lot(List<Map<String, Object>> extractions, List<Map<String, Object>> assays, int n, String declared, String assayed) {
        OffsetDateTime at = T0.plusHours(3L * n);
        extractions.add(event("gh-x-" + n, "extracted", at, Map.of("lot", "GH-" + n, "site", "gh-mine", "material", "cu-ore", "form", "ore",
                "massKg", "10000", "grades", Map.of("Cu", declared), "location", Map.of("lat", 31.55, "lon", 72.55))));
        assays.add(event("gh-a-" + n, "assayed", at.plusHours(1), Map.of("lot", "GH-" + n, "laboratory", "gh-lab",
                "grades", Map.of("Cu", assayed), "certificate", "GH-C-" + n)));
    }
}
