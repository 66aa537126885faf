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
}
