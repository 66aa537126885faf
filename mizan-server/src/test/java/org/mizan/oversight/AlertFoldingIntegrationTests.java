package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A mine that keeps tagging ore outside its licence area gets one alert that counts, not one alert per
 * lot; evaluating the stream again counts nothing twice; a resolved case takes no more occurrences.
 */
@TestPropertySource(properties = {"mizan.test.isolation=folding", "mizan.oversight.evaluate=false"})
class AlertFoldingIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-10-01T09:00:00+05:00");

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void repeatedFindingsOnOneMineFoldIntoOneCountedAlertThatARegulatorCanClose() {
        String admin = adminKey();
        post(admin, "/api/v1/parties", Map.of("id", "fo-miner", "name", "fo-miner", "kind", "company", "country", "PK"));
        post(admin, "/api/v1/parties", Map.of("id", "fo-reg", "name", "fo-reg", "kind", "regulator", "country", "PK", "jurisdiction", "PK-PB"));
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(73.0, 31.0), List.of(73.1, 31.0),
                List.of(73.1, 31.1), List.of(73.0, 31.1), List.of(73.0, 31.0))));
        post(admin, "/api/v1/licences", Map.of("number", "FO-ML-1", "type", "mining-lease", "holder", "fo-miner", "province", "PK-PB",
                "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 1000)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"));
        post(admin, "/api/v1/sites", Map.of("id", "fo-mine", "name", "fo-mine", "kind", "mine", "lat", 31.05, "lon", 73.05,
                "operator", "fo-miner", "licence", "FO-ML-1"));
        String miner = keyFor("fo-miner", Role.OPERATOR);
        String regulator = keyFor("fo-reg", Role.REGULATOR);

        // Three lots tagged 16 km north of the area, the third uploaded late with a time before the first.
        events(miner, extracted("fo-x1", "FO-A", T0, 31.2), extracted("fo-x2", "FO-B", T0.plusDays(2), 31.2),
                extracted("fo-x3", "FO-C", T0.minusDays(1), 31.21), extracted("fo-x0", "FO-IN", T0, 31.05));
        evaluator.drain();

        JsonNode alert = single(alerts(regulator, "?rule=OUTSIDE_LICENCE_AREA"));
        assertThat(alert.get("occurrences").asInt()).isEqualTo(3);
        assertThat(OffsetDateTime.parse(alert.get("period").get("from").asString())).isEqualTo(T0.minusDays(1));
        assertThat(OffsetDateTime.parse(alert.get("period").get("to").asString())).isEqualTo(T0.plusDays(2));
        assertThat(strings(alert.get("evidence").get("eventIds"))).containsExactly("fo-x1", "fo-x2", "fo-x3");
        assertThat(strings(alert.get("subject").get("lots"))).containsExactly("FO-A", "FO-B", "FO-C");
        assertThat(alert.get("score").asInt()).isEqualTo(60 + 7);

        // The whole stream evaluated again from the start: every cause is already claimed.
        jdbc.sql("update oversight_cursor set seq = 0 where name = 'custody'").update();
        evaluator.drain();
        JsonNode again = single(alerts(regulator, "?rule=OUTSIDE_LICENCE_AREA"));
        assertThat(again.get("occurrences").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from oversight_alert_cause where alert_id = ?").param(alert.get("id").asString())
                .query(Long.class).single()).isEqualTo(3);

        String id = alert.get("id").asString();
        JsonNode occurrences = api.get("/api/v1/alerts/" + id + "/occurrences?limit=2", regulator).json();
        assertThat(occurrences.get("occurrences")).extracting(o -> o.get("eventIds").get(0).asString()).containsExactly("fo-x1", "fo-x2");
        JsonNode rest = api.get("/api/v1/alerts/" + id + "/occurrences?after=" + occurrences.get("next").asLong(), regulator).json();
        assertThat(rest.get("occurrences")).extracting(o -> o.get("eventIds").get(0).asString()).containsExactly("fo-x3");
        assertThat(OffsetDateTime.parse(rest.get("occurrences").get(0).get("at").asString())).isEqualTo(T0.minusDays(1));
        post(admin, "/api/v1/parties", Map.of("id", "fo-other", "name", "fo-other", "kind", "company", "country", "PK"));
        assertThat(api.get("/api/v1/alerts/" + id + "/occurrences", keyFor("fo-other", Role.OPERATOR)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/alerts/" + id + "/transitions", regulator, Api.json(Map.of("to", "resolved", "finding", "confirmed")))
                .status()).isEqualTo(200);
        events(miner, extracted("fo-x4", "FO-D", T0.plusDays(5), 31.2));
        evaluator.drain();

        List<JsonNode> both = alerts(regulator, "?rule=OUTSIDE_LICENCE_AREA");
        assertThat(both).extracting(a -> a.get("occurrences").asInt()).containsExactly(3, 1);
        assertThat(strings(both.get(1).get("evidence").get("eventIds"))).containsExactly("fo-x4");
        assertThat(both.get(1).get("score").asInt()).isEqualTo(60);

        List<JsonNode> riskiest = alerts(regulator, "?order=risk");
        assertThat(riskiest).extracting(a -> a.get("score").asInt()).isSortedAccordingTo((a, b) -> b - a);
        assertThat(riskiest.get(0).get("id").asString()).isEqualTo(id);
        assertThat(api.get("/api/v1/alerts?order=risk&after=AL-000000001", regulator).type()).isEqualTo("/problems/invalid-order");
        assertThat(api.get("/api/v1/alerts?order=sideways", regulator).status()).isEqualTo(422);
    }

    private static JsonNode single(List<JsonNode> alerts) {
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }

    @SafeVarargs
    private void events(String key, Map<String, Object>... events) {
        post(key, "/api/v1/events", Map.of("events", List.of(events)));
    }

    private static Map<String, Object> extracted(String id, String lot, OffsetDateTime at, double lat) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", "extracted", "time", at.toString()));
        e.putAll(Map.of("lot", lot, "site", "fo-mine", "material", "cu-ore", "form", "ore", "massKg", "1000",
                "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", lat, "lon", 73.05)));
        return e;
    }
}
