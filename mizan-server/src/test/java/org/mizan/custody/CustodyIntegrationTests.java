package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

class CustodyIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("cu");
    private String admin;
    private String miner;
    private String processor;
    private String assayer;

    @BeforeEach
    void registry() {
        admin = adminKey();
        if (api.get("/api/v1/sites/" + F.mine).status() == 404) {
            F.register(api, admin, 72.5, 31.5);
        }
        miner = keyFor(F.miner, Role.OPERATOR);
        processor = keyFor(F.processor, Role.PROCESSOR);
        assayer = keyFor(F.laboratory, Role.OPERATOR);
    }

    private Reply post(String key, Object event) {
        return api.post("/api/v1/events", key, Api.json(event));
    }

    private JsonNode accepted(String key, Object event) {
        Reply reply = post(key, event);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private void refused(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.type()).isEqualTo("/problems/" + type);
    }

    private JsonNode lot(String id) {
        Reply reply = api.get("/api/v1/lots/" + id, admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void recordsAChainFromMineToExportWithExactMassesAndOrigin() {
        accepted(miner, F.extracted("c1-x", "C1-ORE", "30000", "0.005", 1));
        accepted(miner, F.dispatched("c1-d", "C1-ORE", F.mine, F.plant, 2));
        accepted(processor, F.received("c1-r", "C1-ORE", F.plant, "29950.5", 5));
        JsonNode ore = lot("C1-ORE");
        assertThat(ore.get("custodian").asString()).isEqualTo(F.processor);
        assertThat(ore.get("availableMassKg").asString()).isEqualTo("29950.5");

        accepted(processor, F.processed("c1-p", "C1-ORE", "20000", "C1-CONC", "500", "0.19", 6));
        assertThat(lot("C1-ORE").get("availableMassKg").asString()).isEqualTo("9950.5");
        accepted(assayer, F.assayed("c1-a", "C1-CONC", "0.1875", 7));
        accepted(processor, F.dispatched("c1-d2", "C1-CONC", F.plant, F.port, 8));
        accepted(miner, F.received("c1-r2", "C1-CONC", F.port, "500", 20));
        accepted(miner, F.exported("c1-e", "C1-SHIP", List.of("C1-CONC"), 22));

        JsonNode concentrate = lot("C1-CONC");
        assertThat(concentrate.get("status").asString()).isEqualTo("exported");
        assertThat(concentrate.get("grades").get("Cu").asString()).isEqualTo("0.1875");
        assertThat(concentrate.get("origin").get(F.licence).asString()).isEqualTo("1.000000000000");

        JsonNode consignment = api.get("/api/v1/consignments/C1-SHIP", admin).json();
        assertThat(consignment.get("totalMassKg").asString()).isEqualTo("500");
        assertThat(consignment.get("containedKg").get("Cu").asString()).isEqualTo("93.75");
        assertThat(consignment.get("forms")).hasSize(1);
        assertThat(consignment.get("forms").get(0).asString()).isEqualTo("concentrate");
        assertThat(consignment.at("/origin/byProvince/PK-PB").asString()).isEqualTo("1.000000000000");

        JsonNode history = api.get("/api/v1/lots/C1-CONC/events", admin).json();
        List<String> ids = new ArrayList<>();
        history.forEach(h -> ids.add(h.get("event").get("eventId").asString()));
        assertThat(ids).containsExactly("c1-p", "c1-a", "c1-d2", "c1-r2", "c1-e");
        JsonNode trace = api.get("/api/v1/lots/C1-CONC/trace?direction=upstream", admin).json();
        assertThat(trace.get("lots").findValuesAsString("id")).containsExactlyInAnyOrder("C1-ORE", "C1-CONC");
        assertThat(trace.get("edges").get(0).get("consumedKg").asString()).isEqualTo("20000");
        JsonNode down = api.get("/api/v1/lots/C1-ORE/trace?direction=downstream", admin).json();
        assertThat(down.get("lots").findValuesAsString("id")).containsExactlyInAnyOrder("C1-ORE", "C1-CONC");
    }

    @Test
    void refusesBrokenInvariantsNamingTheRuleAndWritesNothing() {
        accepted(miner, F.extracted("c2-x", "C2-ORE", "1000", "0.005", 1));
        refused(post(processor, F.dispatched("c2-bad1", "C2-ORE", F.mine, F.plant, 2)), 422, "custody-not-custodian");
        refused(post(miner, F.lost("c2-bad2", "C2-ORE", "1000.001", 2)), 422, "custody-mass-negative");
        refused(post(miner, F.lost("c2-bad3", "C2-ORE", "1", 0)), 422, "custody-time-backwards");
        refused(post(miner, F.extracted("c2-x", "C2-OTHER", "5", "0.01", 2)), 409, "custody-event-id-reused");
        refused(post(miner, F.extracted("c2-bad4", "C2-ORE", "5", "0.01", 2)), 409, "custody-lot-exists");
        Map<String, Object> atPlant = F.extracted("c2-bad5", "C2-PLANT", "5", "0.01", 2);
        atPlant.put("site", F.plant);
        refused(post(miner, atPlant), 422, "custody-not-a-mine");
        accepted(miner, F.dispatched("c2-d", "C2-ORE", F.mine, F.plant, 3));
        refused(post(miner, F.lost("c2-bad6", "C2-ORE", "1", 4)), 422, "custody-in-transit");
        refused(post(miner, F.received("c2-bad7", "C2-ORE", F.port, "1000", 4)), 422, "custody-not-at-destination");

        for (String id : List.of("c2-bad1", "c2-bad2", "c2-bad3", "c2-bad4", "c2-bad5", "c2-bad6", "c2-bad7")) {
            assertThat(api.get("/api/v1/events/" + id, admin).status()).as(id).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/lots/C2-PLANT", admin).status()).isEqualTo(404);
        JsonNode ore = lot("C2-ORE");
        assertThat(ore.get("availableMassKg").asString()).isEqualTo("1000");
        assertThat(ore.get("status").asString()).isEqualTo("in-transit");
    }

    @Test
    void acknowledgesAResentEventWithItsOriginalResult() {
        Map<String, Object> event = F.extracted("c3-x", "C3-ORE", "250", "0.004", 1);
        JsonNode first = accepted(miner, event);
        Reply again = post(miner, event);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("seq").asLong()).isEqualTo(first.get("seq").asLong());
        assertThat(again.json().get("status").asString()).isEqualTo("replayed");
        assertThat(api.get("/api/v1/lots/C3-ORE/events", admin).json()).hasSize(1);
    }

    @Test
    void acceptsOrRefusesABatchAsAWhole() {
        Map<String, Object> good = F.extracted("c4-x1", "C4-ORE-1", "100", "0.004", 1);
        Map<String, Object> bad = F.lost("c4-l1", "C4-NOWHERE", "1", 2);
        Reply refused = api.post("/api/v1/events", miner, Api.json(Map.of("events", List.of(good, bad))));
        refused(refused, 422, "custody-unknown-lot");
        assertThat(refused.json().get("eventId").asString()).isEqualTo("c4-l1");
        assertThat(api.get("/api/v1/lots/C4-ORE-1", admin).status()).isEqualTo(404);

        Reply batch = api.post("/api/v1/events", miner, Api.json(Map.of("events",
                List.of(good, F.lost("c4-l2", "C4-ORE-1", "40", 2), F.lost("c4-l3", "C4-ORE-1", "60", 3)))));
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        assertThat(batch.json().get("events").findValuesAsString("status")).containsOnly("accepted");
        assertThat(lot("C4-ORE-1").get("status").asString()).isEqualTo("lost");
    }

    @Test
    void refusesMalformedAndOutOfRangeInput() {
        refused(api.post("/api/v1/events", miner, "{\"eventId\": "), 400, "malformed-body");
        Map<String, Object> extra = F.extracted("c5-1", "C5-1", "1", "0.1", 1);
        extra.put("colour", "grey");
        refused(post(miner, extra), 400, "unknown-field");
        Map<String, Object> unknownType = F.extracted("c5-2", "C5-2", "1", "0.1", 1);
        unknownType.put("type", "teleported");
        refused(post(miner, unknownType), 422, "invalid-event");
        for (String kg : List.of("0", "-5", "1.0001", "1e3", "ten")) {
            refused(post(miner, F.extracted("c5-m" + kg, "C5-M", kg, "0.1", 1)), 422, "invalid-event");
        }
        refused(post(miner, F.extracted("c5-g1", "C5-G", "10", "1.2", 1)), 422, "invalid-event");
        Map<String, Object> sumAboveOne = F.extracted("c5-g2", "C5-G", "10", "0.6", 1);
        sumAboveOne.put("grades", Map.of("Cu", "0.6", "Au", "0.5"));
        refused(post(miner, sumAboveOne), 422, "invalid-event");
        Map<String, Object> unknownSite = F.extracted("c5-s", "C5-S", "10", "0.1", 1);
        unknownSite.put("site", "no-such-site");
        refused(post(miner, unknownSite), 422, "custody-unknown-site");
        Map<String, Object> unknownMaterial = F.extracted("c5-u", "C5-U", "10", "0.1", 1);
        unknownMaterial.put("material", "kryptonite");
        refused(post(miner, unknownMaterial), 422, "custody-unknown-material");
        Map<String, Object> wrongForm = F.extracted("c5-f", "C5-F", "10", "0.1", 1);
        wrongForm.put("form", "metal");
        refused(post(miner, wrongForm), 422, "wrong-form");
        Map<String, Object> future = F.extracted("c5-t", "C5-T", "10", "0.1", 1);
        future.put("time", "2999-01-01T00:00:00Z");
        refused(post(miner, future), 422, "event-in-future");
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(F.extracted("c5-b" + i, "C5-B" + i, "1", "0.1", 1));
        }
        refused(api.post("/api/v1/events", miner, Api.json(Map.of("events", tooMany))), 413, "batch-too-large");
        refused(post(null, F.extracted("c5-k", "C5-K", "1", "0.1", 1)), 401, "unauthenticated");
        refused(post(keyFor(F.regulator, Role.REGULATOR), F.extracted("c5-r", "C5-R", "1", "0.1", 1)), 403, "forbidden");
        assertThat(api.get("/api/v1/lots/C5-B0", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/C5-M", admin).status()).isEqualTo(404);
    }

    @Test
    void showsLotsOnlyToTheirHoldersTheirRegulatorAndAuditors() {
        accepted(miner, F.extracted("c6-x", "C6-ORE", "10", "0.004", 1));
        assertThat(api.get("/api/v1/lots/C6-ORE", miner).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/lots/C6-ORE", processor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/events/c6-x", processor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/C6-ORE", keyFor(F.regulator, Role.REGULATOR)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/lots/C6-ORE", keyFor(F.processor, Role.AUDITOR)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/lots/C6-ORE").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/lots/C6-ORE/trace?direction=sideways", admin).status()).isEqualTo(400);
    }

    @Test
    void originSharesOfAMixedOutputFollowTheContainedElement() {
        accepted(miner, F.extracted("c7-a", "C7-A", "1000", "0.01", 1));
        accepted(miner, F.extracted("c7-b", "C7-B", "1000", "0.03", 1));
        for (String lot : List.of("C7-A", "C7-B")) {
            accepted(miner, F.dispatched("c7-d-" + lot, lot, F.mine, F.plant, 2));
            accepted(processor, F.received("c7-r-" + lot, lot, F.plant, "1000", 3));
        }
        Map<String, Object> blend = F.processed("c7-p", "C7-A", "1000", "C7-C", "100", "0.35", 4);
        blend.put("inputs", List.of(Map.of("lot", "C7-A", "massKg", "1000"), Map.of("lot", "C7-B", "massKg", "1000")));
        accepted(processor, blend);
        JsonNode origin = lot("C7-C").get("origin");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode share : origin) {
            sum = sum.add(new BigDecimal(share.asString()));
        }
        assertThat(sum).isEqualByComparingTo("1");
        assertThat(origin.get(F.licence).asString()).isEqualTo("1.000000000000");
        assertThat(lot("C7-A").get("status").asString()).isEqualTo("consumed");
    }
}
