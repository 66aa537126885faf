package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

/** A dispatch and a receipt may state their weighbridge's resolution; the trip's facts carry the two combined. */
class ScaleResolutionIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("sr");
    private String admin;
    private String miner;
    private String processor;

    @BeforeEach
    void registry() {
        admin = adminKey();
        if (api.get("/api/v1/sites/" + F.mine).status() == 404) {
            F.register(api, admin, 73.3, 32.3);
        }
        miner = keyFor(F.miner, Role.OPERATOR);
        processor = keyFor(F.processor, Role.PROCESSOR);
    }

    private Reply post(String key, Object event) {
        return api.post("/api/v1/events", key, Api.json(event));
    }

    private void accepted(String key, Object event) {
        Reply reply = post(key, event);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void combinesTheStatedResolutionsOfBothWeighingsInTheTripsFacts() {
        accepted(miner, F.extracted("sr1-x", "sr1-ore", "30000", "0.01", 1));
        var dispatch = F.dispatched("sr1-d", "sr1-ore", F.mine, F.plant, 2);
        dispatch.put("scaleResolutionKg", "20");
        accepted(miner, dispatch);
        var receipt = F.received("sr1-r", "sr1-ore", F.plant, "29970", 5);
        receipt.put("scaleResolutionKg", "20");
        accepted(processor, receipt);

        JsonNode stored = api.get("/api/v1/events/sr1-r", admin).json();
        assertThat(stored.get("event").get("scaleResolutionKg").asString()).isEqualTo("20");
        assertThat(stored.get("facts").get("scaleResolution").asString()).isEqualTo("40");
        assertThat(api.get("/api/v1/events/sr1-d", admin).json().get("event").get("scaleResolutionKg").asString()).isEqualTo("20");
    }

    @Test
    void leavesTheFieldOutOfBodyAndFactsWhenNoneIsStated() {
        accepted(miner, F.extracted("sr2-x", "sr2-ore", "1000", "0.01", 1));
        accepted(miner, F.dispatched("sr2-d", "sr2-ore", F.mine, F.plant, 2));
        accepted(processor, F.received("sr2-r", "sr2-ore", F.plant, "990", 5));

        JsonNode stored = api.get("/api/v1/events/sr2-r", admin).json();
        assertThat(stored.get("event").has("scaleResolutionKg")).isFalse();
        assertThat(stored.get("facts").has("scaleResolution")).isFalse();
    }

    @Test
    void refusesANegativeOrMistypedResolutionAndStoresNothing() {
        accepted(miner, F.extracted("sr3-x", "sr3-ore", "1000", "0.01", 1));
        accepted(miner, F.dispatched("sr3-d", "sr3-ore", F.mine, F.plant, 2));

        var negative = F.received("sr3-r", "sr3-ore", F.plant, "990", 5);
        negative.put("scaleResolutionKg", "-20");
        Reply refused = post(processor, negative);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("field").asString()).isEqualTo("scaleResolutionKg");

        var number = F.received("sr3-r", "sr3-ore", F.plant, "990", 5);
        number.put("scaleResolutionKg", 20);
        Reply mistyped = post(processor, number);
        assertThat(mistyped.status()).as(mistyped.body()).isEqualTo(400);
        assertThat(mistyped.type()).isEqualTo("/problems/wrong-type");

        assertThat(api.get("/api/v1/events/sr3-r", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/sr3-ore", admin).json().get("status").asString()).isEqualTo("in-transit");
    }
}
