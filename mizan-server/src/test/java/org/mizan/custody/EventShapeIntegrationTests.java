package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated shape traps: each valid event form of a whole chain, with each of its fields (nested
 * ones and array elements included) replaced in turn by a value of every other JSON type, is refused
 * with a 400 problem naming that field, and nothing is stored. Then the valid form is accepted, which
 * shows the refusal was the mutation's.
 */
class EventShapeIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("shape");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @BeforeEach
    void registry() {
        if (api.get("/api/v1/sites/" + F.mine).status() == 404) {
            F.register(api, adminKey(), 71.8, 30.2);
        }
    }

    @Test
    void refusesEveryFieldOfTheWrongShapeAndStoresNothing() {
        String admin = adminKey();
        String miner = keyFor(F.miner, Role.OPERATOR);
        String processor = keyFor(F.processor, Role.PROCESSOR);
        String assayer = keyFor(F.laboratory, Role.OPERATOR);
        List<Object[]> chain = List.of(
                new Object[] {miner, F.extracted("shape-1", "SH-ORE", "1000", "0.02", 1)},
                new Object[] {miner, F.dispatched("shape-2", "SH-ORE", F.mine, F.plant, 2)},
                new Object[] {processor, F.received("shape-3", "SH-ORE", F.plant, "1000", 3)},
                new Object[] {processor, F.processed("shape-4", "SH-ORE", "1000", "SH-CONC", "80", "0.2", 4)},
                new Object[] {processor, F.lost("shape-5", "SH-CONC", "1", 5)},
                new Object[] {assayer, F.assayed("shape-6", "SH-CONC", "0.21", 6)},
                new Object[] {processor, F.dispatched("shape-7", "SH-CONC", F.plant, F.port, 7)},
                new Object[] {miner, F.received("shape-8", "SH-CONC", F.port, "79", 8)},
                new Object[] {miner, F.exported("shape-9", "SH-CONS", List.of("SH-CONC"), 9)});
        int refused = 0;
        for (Object[] step : chain) {
            String key = (String) step[0];
            ObjectNode valid = JSON.valueToTree(step[1]);
            String eventId = valid.get("eventId").asString();
            for (Mutation m : mutations(valid)) {
                Reply reply = api.post("/api/v1/events", key, m.body().toString());
                assertThat(reply.status()).as(m + " -> " + reply.body()).isEqualTo(400);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.json().path("field").asString()).as(m + " -> " + reply.body()).isEqualTo(m.field());
                refused++;
            }
            assertThat(api.get("/api/v1/events/" + eventId, admin).status()).as("nothing stored for " + eventId).isEqualTo(404);
            Reply accepted = api.post("/api/v1/events", key, valid.toString());
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        }
        assertThat(refused).as("mutations tried").isGreaterThan(300);
    }

    @Test
    void refusesNonFiniteAndHugeNumbersAndMalformedJson() {
        String miner = keyFor(F.miner, Role.OPERATOR);
        String valid = Api.json(F.extracted("shape-x", "SH-X", "10", "0.02", 1));
        for (String body : List.of(valid.replace("31.55", "NaN"), valid.replace("31.55", "Infinity"), valid.replace("31.55", "1e400"),
                valid.replace("31.55", "-1e400"), valid.replace("31.55", "1" + "0".repeat(400)), valid.replace("\"10\"", "10.5"),
                valid.replace("\"10\"", "-10"), "[" + valid + "]", "null", "\"x\"", "{\"events\":[" + valid + "],\"more\":1}")) {
            Reply reply = api.post("/api/v1/events", miner, body);
            assertThat(reply.status()).as(body + " -> " + reply.body()).isEqualTo(400);
        }
        assertThat(api.get("/api/v1/events/shape-x", adminKey()).status()).isEqualTo(404);
    }

    @Test
    void refusesATimeFinerThanAMicrosecondAndKeepsOneThatIsNot() {
        String miner = keyFor(F.miner, Role.OPERATOR);
        ObjectNode fine = JSON.valueToTree(F.extracted("shape-ns", "SH-NS", "10", "0.02", 1));
        String time = fine.get("time").asString();
        fine.put("time", java.time.OffsetDateTime.parse(time).withNano(92_066_369).toString());
        Reply refused = api.post("/api/v1/events", miner, fine.toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("time", "microsecond");
        assertThat(api.get("/api/v1/events/shape-ns", adminKey()).status()).isEqualTo(404);

        fine.put("time", java.time.OffsetDateTime.parse(time).withNano(92_066_000).toString());
        Reply accepted = api.post("/api/v1/events", miner, fine.toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        Reply stored = api.get("/api/v1/events/shape-ns", adminKey());
        assertThat(java.time.OffsetDateTime.parse(stored.json().path("event").path("time").asString()).getNano()).isEqualTo(92_066_000);
    }

    @Test
    void anEventNamingAnotherReporterIsRefusedAndOneNamingItsOwnIsKept() {
        String miner = keyFor(F.miner, Role.OPERATOR);
        ObjectNode other = JSON.valueToTree(F.extracted("shape-actor", "SH-ACTOR", "10", "0.02", 1));
        other.put("actor", F.processor);
        Reply refused = api.post("/api/v1/events", miner, other.toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("field").asString()).isEqualTo("actor");
        assertThat(refused.json().path("detail").asString()).contains(F.processor, F.miner);
        assertThat(api.get("/api/v1/events/shape-actor", adminKey()).status()).isEqualTo(404);

        other.put("actor", F.miner);
        Reply accepted = api.post("/api/v1/events", miner, other.toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/events/shape-actor", adminKey()).json().at("/event/actor").asString()).isEqualTo(F.miner);
    }

    record Mutation(String field, String description, ObjectNode body) {
        @Override
        public String toString() {
            return field + " := " + description;
        }
    }

    /** Every field and array element replaced by each value of another JSON type. */
    static List<Mutation> mutations(ObjectNode valid) {
        List<Mutation> out = new ArrayList<>();
        walk(valid, "", valid, out);
        return out;
    }

    private static void walk(JsonNode node, String path, ObjectNode root, List<Mutation> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                for (JsonNode wrong : wrongFor(e.getValue(), at)) {
                    out.add(mutate(root, at, wrong, n -> ((ObjectNode) parent(n, path)).set(e.getKey(), wrong)));
                }
                walk(e.getValue(), at, root, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                int index = i;
                String at = path + "[" + i + "]";
                for (JsonNode wrong : wrongFor(node.get(i), at)) {
                    out.add(mutate(root, at, wrong, n -> ((ArrayNode) parent(n, path)).set(index, wrong)));
                }
                walk(node.get(i), at, root, out);
            }
        }
    }

    private static Mutation mutate(ObjectNode root, String at, JsonNode wrong, Consumer<ObjectNode> change) {
        ObjectNode copy = root.deepCopy();
        change.accept(copy);
        return new Mutation(at, wrong.toString(), copy);
    }

    private static JsonNode parent(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
            int bracket = part.indexOf('[');
            node = node.get(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                node = node.get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return node;
    }

    private static List<JsonNode> wrongFor(JsonNode value, String path) {
        List<JsonNode> wrong = new ArrayList<>();
        if (!value.isString()) {
            wrong.add(NODES.stringNode("1"));
        }
        if (!value.isNumber()) {
            wrong.add(NODES.numberNode(7));
            wrong.add(NODES.numberNode(-2.5));
        }
        wrong.add(NODES.booleanNode(true));
        if (!value.isObject()) {
            wrong.add(NODES.objectNode());
            wrong.add(NODES.objectNode().put("id", "x"));
        }
        if (!value.isArray()) {
            wrong.add(NODES.arrayNode());
            wrong.add(NODES.arrayNode().add("x"));
        } else {
            wrong.add(NODES.arrayNode());
        }
        // Grades may be left out or null; every other field is required.
        if (!path.equals("grades") && !path.endsWith(".grades")) {
            wrong.add(NODES.nullNode());
        }
        return wrong;
    }
}
