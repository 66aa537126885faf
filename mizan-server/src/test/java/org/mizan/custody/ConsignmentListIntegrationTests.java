package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

/** The consignments list: scoped as the single consignment is, paged in export order, strict about its parameters. */
class ConsignmentListIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("cl");
    private static final List<String> OURS = List.of("CL-SHIP-1", "CL-SHIP-2", "CL-SHIP-3");
    private String admin;
    private String miner;

    @BeforeEach
    void chain() {
        admin = adminKey();
        if (api.get("/api/v1/sites/" + F.mine).status() != 404) {
            miner = keyFor(F.miner, Role.OPERATOR);
            return;
        }
        F.register(api, admin, 73.2, 30.2);
        for (String[] p : new String[][] {{"cl-stranger", "company", null}, {"cl-kp-regulator", "regulator", "PK-KP"}}) {
            Map<String, Object> party = new java.util.LinkedHashMap<>(Map.of("id", p[0], "name", p[0], "kind", p[1], "country", "PK"));
            if (p[2] != null) {
                party.put("jurisdiction", p[2]);
            }
            assertThat(api.post("/api/v1/parties", admin, Api.json(party)).status()).isEqualTo(201);
        }
        miner = keyFor(F.miner, Role.OPERATOR);
        for (int i = 1; i <= 3; i++) {
            String lot = "CL-ORE-" + i;
            accepted(F.extracted("cl-x" + i, lot, String.valueOf(1000 * i), "0.004", 1));
            accepted(F.dispatched("cl-d" + i, lot, F.mine, F.port, 2));
            accepted(F.received("cl-r" + i, lot, F.port, String.valueOf(1000 * i), 4));
            accepted(F.exported("cl-e" + i, "CL-SHIP-" + i, List.of(lot), 5 + i));
        }
    }

    private void accepted(Object event) {
        Reply reply = api.post("/api/v1/events", miner, Api.json(event));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    /** Every consignment the key lists, page after page, as the id and summary of each. */
    private List<JsonNode> all(String key, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String after = "0";
        for (int page = 0; page < 1000 && after != null; page++) {
            Reply reply = api.get("/api/v1/consignments?limit=" + limit + "&after=" + after, key);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode body = reply.json();
            assertThat(body.get("items").size()).isLessThanOrEqualTo(limit);
            body.get("items").forEach(items::add);
            after = body.get("nextAfter").isNull() ? null : body.get("nextAfter").asString();
        }
        return items;
    }

    private static List<String> oursIn(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asString()).filter(OURS::contains).toList();
    }

    @Test
    void listsWhatEachReaderMaySeeInExportOrder() {
        List<JsonNode> everything = all(admin, 2);
        assertThat(oursIn(everything)).containsExactlyElementsOf(OURS);
        List<Long> seqs = everything.stream().map(i -> i.get("seq").asLong()).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates();

        JsonNode second = everything.stream().filter(i -> i.get("id").asString().equals("CL-SHIP-2")).findFirst().orElseThrow();
        assertThat(second.get("totalMassKg").asString()).isEqualTo("2000");
        assertThat(second.get("lineCount").asInt()).isEqualTo(1);
        assertThat(second.get("forms").get(0).asString()).isEqualTo("ore");
        assertThat(second.get("exporter").asString()).isEqualTo(F.miner);
        assertThat(second.get("buyer").asString()).isEqualTo(F.processor);
        assertThat(second.get("declaredValueUsd").asString()).isEqualTo("125000.50");
        assertThat(second.get("exportedAt").asString()).isEqualTo("2025-09-01T02:00:00Z");

        assertThat(oursIn(all(miner, 50))).containsExactlyElementsOf(OURS);
        assertThat(oursIn(all(keyFor(F.processor, Role.PROCESSOR), 50))).as("the buyer").containsExactlyElementsOf(OURS);
        assertThat(oursIn(all(keyFor(F.regulator, Role.REGULATOR), 500))).as("Punjab's regulator").containsExactlyElementsOf(OURS);
        assertThat(oursIn(all(keyFor("cl-stranger", Role.OPERATOR), 500))).isEmpty();
        assertThat(oursIn(all(keyFor("cl-kp-regulator", Role.REGULATOR), 500))).isEmpty();
        assertThat(api.get("/api/v1/consignments/CL-SHIP-1", keyFor("cl-stranger", Role.OPERATOR)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/consignments").status()).isEqualTo(401);
    }

    @Test
    void aPageStartsAfterTheSequenceNumberItIsGivenAndSaysWhereTheNextBegins() {
        List<JsonNode> everything = all(admin, 500);
        long first = everything.stream().filter(i -> i.get("id").asString().equals("CL-SHIP-1")).findFirst().orElseThrow()
                .get("seq").asLong();
        JsonNode page = api.get("/api/v1/consignments?limit=1&after=" + first, admin).json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo("CL-SHIP-2");
        long second = page.get("items").get(0).get("seq").asLong();
        assertThat(page.get("nextAfter").asLong()).isEqualTo(second);
        JsonNode next = api.get("/api/v1/consignments?limit=1&after=" + second, admin).json();
        assertThat(next.get("items").get(0).get("id").asString()).isEqualTo("CL-SHIP-3");
        long last = everything.get(everything.size() - 1).get("seq").asLong();
        JsonNode end = api.get("/api/v1/consignments?after=" + last, admin).json();
        assertThat(end.get("items")).isEmpty();
        assertThat(end.get("nextAfter").isNull()).isTrue();
    }

    @Test
    void refusesPagesItCannotServe() {
        // Out of range is a well-formed request the server will not serve (422); not a number at all is malformed (400).
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        for (String query : List.of("limit=0", "limit=501", "limit=-3", "after=-1")) {
            expected.put(query, 422);
        }
        for (String query : List.of("after=abc", "limit=1.5", "limit=99999999999", "after=1e3")) {
            expected.put(query, 400);
        }
        expected.forEach((query, status) -> {
            Reply reply = api.get("/api/v1/consignments?" + query, admin);
            assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(status);
            assertThat(reply.contentType()).as(query).startsWith("application/problem+json");
        });
    }
}
