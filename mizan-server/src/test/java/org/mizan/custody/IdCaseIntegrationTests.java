package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

/** Site and lot ids written in any case name one site and one lot; a lot keeps the spelling it was created under. */
class IdCaseIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("ic");
    private String admin;
    private String miner;
    private String processor;

    @BeforeEach
    void registry() {
        admin = adminKey();
        if (api.get("/api/v1/sites/" + F.mine).status() == 404) {
            F.register(api, admin, 72.9, 31.9);
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

    private static String upper(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    @Test
    void aLotWrittenInAnyCaseIsOneLotAndKeepsItsFirstSpelling() {
        var extracted = F.extracted("ic1-x", "IC1-ORE", "1000", "0.01", 1);
        extracted.put("site", upper(F.mine));
        accepted(miner, extracted);

        Reply twin = post(miner, F.extracted("ic1-x2", "ic1-ore", "1000", "0.01", 1));
        assertThat(twin.status()).as(twin.body()).isEqualTo(409);
        assertThat(twin.type()).isEqualTo("/problems/custody-lot-exists");

        accepted(miner, F.dispatched("ic1-d", "ic1-ore", upper(F.mine), "Ic-Plant", 2));
        accepted(processor, F.received("ic1-r", "Ic1-Ore", upper(F.plant), "990", 3));
        accepted(processor, F.processed("ic1-p", "ic1-ORE", "990", "IC1-CONC", "30", "0.3", 4));

        // The processor reads the lot it holds under any spelling; the lot answers with its own.
        Reply ore = api.get("/api/v1/lots/ic1-ore", processor);
        assertThat(ore.status()).as(ore.body()).isEqualTo(200);
        assertThat(ore.json().get("id").asString()).isEqualTo("IC1-ORE");
        assertThat(ore.json().get("site").asString()).isEqualTo(F.plant);
        assertThat(ore.json().get("availableMassKg").asString()).isEqualTo("0");

        JsonNode history = api.get("/api/v1/lots/Ic1-Ore/events", admin).json();
        // The facts custody hands on name the lot as it was created, whatever the event wrote.
        assertThat(history.get(2).get("facts").get("lot").asString()).isEqualTo("IC1-ORE");
        assertThat(history.valueStream().map(e -> e.get("event").get("eventId").asString())).containsExactly("ic1-x", "ic1-d", "ic1-r", "ic1-p");

        JsonNode trace = api.get("/api/v1/lots/ic1-conc/trace?direction=upstream", admin).json();
        assertThat(trace.get("lots").findValuesAsString("id")).containsExactly("IC1-CONC", "IC1-ORE");
        assertThat(trace.get("edges").get(0).get("from").asString()).isEqualTo("IC1-ORE");
        assertThat(trace.get("edges").get(0).get("to").asString()).isEqualTo("IC1-CONC");
    }

    @Test
    void aSiteWrittenInUpperCaseIsTheRegisteredSite() {
        Reply site = api.get("/api/v1/sites/" + upper(F.lab));
        assertThat(site.status()).as(site.body()).isEqualTo(200);
        assertThat(site.json().get("id").asString()).isEqualTo(F.lab);

        accepted(miner, F.extracted("ic2-x", "ic2-ore", "500", "0.01", 1));
        Reply wrong = post(miner, F.dispatched("ic2-d", "IC2-ORE", upper(F.plant), F.lab, 2));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.type()).isEqualTo("/problems/custody-not-at-site");
        assertThat(api.get("/api/v1/lots/IC2-ORE", admin).json().get("status").asString()).isEqualTo("at-site");
    }
}
