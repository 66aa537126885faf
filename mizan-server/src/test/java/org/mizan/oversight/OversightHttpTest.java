package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.Api;
import org.mizan.HttpIntegrationTest;

import tools.jackson.databind.JsonNode;

/** What the oversight tests over HTTP share: events as maps, posting them, and reading the alerts back. */
abstract class OversightHttpTest extends HttpIntegrationTest {
    protected static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    protected List<JsonNode> alerts(String key, String query) {
        Api.Reply reply = api.get("/api/v1/alerts" + query, key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        reply.json().get("alerts").forEach(out::add);
        return out;
    }

    protected static Map<String, Object> event(String id, String type, OffsetDateTime at, Map<String, Object> body) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", type, "time", at.toString()));
        e.putAll(body);
        return e;
    }

    protected void post(String key, String path, Map<String, Object> body) {
        Api.Reply reply = api.post(path, key, Api.json(body));
        assertThat(reply.status() / 100).as(reply.body()).isEqualTo(2);
    }

    /**
     * {@code prefix}-miner holding copper lease PREFIX-ML-1 (1,000 t a year) with {@code prefix}-mine inside it, and
     * {@code prefix}-processor running {@code prefix}-plant; {@code prefix}-auditor to read the alerts.
     */
    protected void registerMineAndPlant(String admin, String prefix) {
        for (String[] p : new String[][] {{prefix + "-miner", "company"}, {prefix + "-processor", "processor"}, {prefix + "-auditor", "company"}}) {
            post(admin, "/api/v1/parties", Map.of("id", p[0], "name", p[0], "kind", p[1], "country", "PK"));
        }
        String licence = prefix.toUpperCase(java.util.Locale.ROOT) + "-ML-1";
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(72.5, 31.5), List.of(72.6, 31.5),
                List.of(72.6, 31.6), List.of(72.5, 31.6), List.of(72.5, 31.5))));
        post(admin, "/api/v1/licences", Map.of("number", licence, "type", "mining-lease", "holder", prefix + "-miner",
                "province", "PK-PB", "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 1000)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"));
        post(admin, "/api/v1/sites", Map.of("id", prefix + "-mine", "name", prefix + "-mine", "kind", "mine", "lat", 31.55,
                "lon", 72.55, "operator", prefix + "-miner", "licence", licence));
        post(admin, "/api/v1/sites", Map.of("id", prefix + "-plant", "name", prefix + "-plant", "kind", "plant", "lat", 31.52,
                "lon", 74.35, "operator", prefix + "-processor"));
    }
}
