package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.Replies.ok;
import static org.mizan.Replies.problem;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.note.VerifierKey;
import org.mizan.security.Role;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hub posting for several parties over HTTP on PostgreSQL: one batch in time order carries the Chagai pit's
 * extraction and dispatch (FWO's) and the Hub concentrator's receipt (Hub Minerals'); each event is judged and
 * stored as its actor's, with the hub as its submitter. A party that did not delegate, or no longer does, is
 * refused as a whole batch, and a delegated event still answers to its actor's custody rules.
 */
// The demo's parties and sites, in a database whose royalty totals no other class counts; the run's own ids keep a
// re-run on a kept database apart from the last one.
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.test.isolation=adjusted"})
class DelegatedBatchIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String PIT = "chagai-copper-pit";
    private static final String PLANT = "hub-concentrator";
    private static final OffsetDateTime DAY = OffsetDateTime.parse("2025-12-03T00:00:00+05:00");

    private String fwo;
    private String hubMinerals;

    @BeforeEach
    void keys() {
        fwo = keyFor("fwo", Role.OPERATOR);
        hubMinerals = keyFor("hub-minerals", Role.PROCESSOR);
    }

    @Test
    void aHubPostsOneBatchForTwoPrincipalsAndEachEventIsStoredAsItsActorsWithTheHubAsSubmitter() {
        String hub = hub("batch");
        delegate(fwo, "fwo", hub);
        delegate(hubMinerals, "hub-minerals", hub);
        String lot = lot("1");
        List<Map<String, Object>> batch = List.of(extracted(id("b-ext"), lot, "fwo", 8), dispatched(id("b-dsp"), lot, "fwo", 10),
                received(id("b-rcv"), lot, "hub-minerals", 30));

        Reply reply = api.post("/api/v1/events", keyFor(hub, Role.OPERATOR), Api.json(Map.of("events", batch)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("events").findValuesAsString("eventId")).containsExactly(id("b-ext"), id("b-dsp"), id("b-rcv"));
        assertThat(reply.json().get("events").findValuesAsString("status")).containsExactly("accepted", "accepted", "accepted");

        assertStored(id("b-ext"), "fwo", hub);
        assertStored(id("b-dsp"), "fwo", hub);
        assertStored(id("b-rcv"), "hub-minerals", hub);
        // The hub reads what it submitted; the lot is now Hub Minerals' at its plant, as if each had reported itself.
        assertThat(api.get("/api/v1/events/" + id("b-ext"), keyFor(hub, Role.OPERATOR)).status()).isEqualTo(200);
        JsonNode held = ok(api.get("/api/v1/lots/" + lot, adminKey()));
        assertThat(held.get("custodian").asString()).isEqualTo("hub-minerals");
        assertThat(held.get("site").asString()).isEqualTo(PLANT);
    }

    @Test
    void theLogCommitsTheActorsEventAndItsDisclosureVerifiesWithoutTheSubmitter() throws InterruptedException {
        String hub = hub("log");
        delegate(fwo, "fwo", hub);
        String eventId = id("l-ext");
        Reply posted = api.post("/api/v1/events", keyFor(hub, Role.OPERATOR), Api.json(extracted(eventId, lot("7"), "fwo", 8)));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        Reply proof = api.get("/api/v1/events/" + eventId + "/proof", fwo);
        for (int i = 0; i < 100 && proof.status() == 503; i++) {
            Thread.sleep(50);
            proof = api.get("/api/v1/events/" + eventId + "/proof", fwo);
        }
        JsonNode bundle = ok(proof);
        assertThat(bundle.at("/event/actor").asString()).isEqualTo("fwo");
        assertThat(bundle.get("event").has("submittedBy")).isFalse();
        Disclosure disclosure = Disclosure.fromJson(JSON.treeToValue(bundle, Map.class));
        assertThat(disclosure.verify(VerifierKey.parse(api.get("/log/key").body().strip())).size()).isGreaterThan(disclosure.index());
    }

    @Test
    void anEventOfAPartyThatDidNotDelegateRefusesTheWholeBatchAndNamesItsIndex() {
        String hub = hub("partial");
        delegate(fwo, "fwo", hub);
        String lot = lot("2");
        List<Map<String, Object>> batch = List.of(extracted(id("p-ext"), lot, "fwo", 8), dispatched(id("p-dsp"), lot, "fwo", 10),
                received(id("p-rcv"), lot, "hub-minerals", 30));

        Reply refused = problem(api.post("/api/v1/events", keyFor(hub, Role.OPERATOR), Api.json(Map.of("events", batch))), 403,
                "not-delegated");
        assertThat(refused.json().get("index").asInt()).isEqualTo(2);
        assertThat(refused.json().get("eventId").asString()).isEqualTo(id("p-rcv"));
        assertThat(refused.json().get("field").asString()).isEqualTo("actor");
        assertThat(refused.json().get("detail").asString()).contains("hub-minerals", hub);
        for (String written : List.of(id("p-ext"), id("p-dsp"), id("p-rcv"))) {
            assertThat(api.get("/api/v1/events/" + written, adminKey()).status()).as(written).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/lots/" + lot, adminKey()).status()).isEqualTo(404);
    }

    @Test
    void afterRevocationTheHubIsRefusedWhatItWasAcceptedBefore() {
        String hub = hub("revoked");
        String hubKey = keyFor(hub, Role.OPERATOR);
        delegate(fwo, "fwo", hub);
        Reply before = api.post("/api/v1/events", hubKey, Api.json(extracted(id("r-ext-1"), lot("3"), "fwo", 8)));
        assertThat(before.status()).as(before.body()).isEqualTo(201);
        assertStored(id("r-ext-1"), "fwo", hub);

        Reply revoked = api.delete("/api/v1/parties/fwo/delegations/" + hub, fwo);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);
        Reply after = problem(api.post("/api/v1/events", hubKey, Api.json(Map.of("events",
                List.of(extracted(id("r-ext-2"), lot("4"), "fwo", 9))))), 403, "not-delegated");
        assertThat(after.json().get("index").asInt()).isZero();
        assertThat(after.json().get("eventId").asString()).isEqualTo(id("r-ext-2"));
        assertThat(api.get("/api/v1/events/" + id("r-ext-2"), adminKey()).status()).isEqualTo(404);
        // What the hub reported while the grant stood stays as it was recorded.
        assertStored(id("r-ext-1"), "fwo", hub);
    }

    @Test
    void aDelegatedEventAnswersToItsActorsCustodyRulesAsIfTheActorHadSentIt() {
        String hub = hub("rules");
        delegate(fwo, "fwo", hub);
        delegate(hubMinerals, "hub-minerals", hub);
        String lot = lot("5");
        // Hub Minerals does not hold the lot FWO has just dug: it may not dispatch it, whoever reports for it.
        List<Map<String, Object>> batch = List.of(extracted(id("c-ext"), lot, "fwo", 8), dispatched(id("c-dsp"), lot, "hub-minerals", 10));
        Reply viaHub = problem(api.post("/api/v1/events", keyFor(hub, Role.OPERATOR), Api.json(Map.of("events", batch))), 422,
                "custody-not-custodian");
        assertThat(viaHub.json().get("eventId").asString()).isEqualTo(id("c-dsp"));
        assertThat(viaHub.json().get("rule").asString()).isEqualTo("NOT_CUSTODIAN");
        assertThat(api.get("/api/v1/events/" + id("c-ext"), adminKey()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/" + lot, adminKey()).status()).isEqualTo(404);

        assertThat(api.post("/api/v1/events", fwo, Api.json(extracted(id("c-ext"), lot, "fwo", 8))).status()).isEqualTo(201);
        Reply direct = problem(api.post("/api/v1/events", hubMinerals, Api.json(dispatched(id("c-dsp"), lot, "hub-minerals", 10))), 422,
                "custody-not-custodian");
        assertThat(direct.json().get("detail").asString()).isEqualTo(viaHub.json().get("detail").asString());
    }

    @Test
    void anEventNamingNoActorIsTheHubsOwn() {
        String hub = hub("own");
        delegate(fwo, "fwo", hub);
        Map<String, Object> unnamed = extracted(id("o-ext"), lot("6"), null, 8);
        // The hub operates no mine: its own extraction at FWO's pit breaks a rule, which a delegation does not lift.
        Reply refused = api.post("/api/v1/events", keyFor(hub, Role.OPERATOR), Api.json(unnamed));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.type()).startsWith("/problems/custody-");
        assertThat(refused.json().get("detail").asString()).contains(hub);
        assertThat(api.get("/api/v1/events/" + id("o-ext"), adminKey()).status()).isEqualTo(404);
    }

    private void assertStored(String eventId, String actor, String hub) {
        JsonNode stored = ok(api.get("/api/v1/events/" + eventId, adminKey()));
        assertThat(stored.at("/event/actor").asString()).isEqualTo(actor);
        assertThat(stored.get("submittedBy").asString()).isEqualTo(hub);
        // The body committed to the log is the actor's event; who carried it is kept beside it.
        assertThat(stored.get("event").has("submittedBy")).isFalse();
    }

    /** A hub party of this run, registered by the administrator. */
    private String hub(String name) {
        String id = "dlg-" + RUN + "-" + name;
        Reply registered = api.post("/api/v1/parties", adminKey(), Api.json(Map.of("id", id, "name", "Custody hub " + name,
                "kind", "company", "country", "PK")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return id;
    }

    private void delegate(String principalKey, String principal, String hub) {
        Reply granted = api.post("/api/v1/parties/" + principal + "/delegations", principalKey, Api.json(Map.of("hub", hub)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
    }

    private static String id(String name) {
        return "dlg-" + RUN + "-" + name;
    }

    private static String lot(String n) {
        return "DLG-" + RUN.toUpperCase(Locale.ROOT) + "-ORE-" + n;
    }

    private static Map<String, Object> extracted(String id, String lot, String actor, int hour) {
        return event(id, "extracted", actor, hour, Map.of("lot", lot, "site", PIT, "material", "cu-ore", "form", "ore", "massKg", "20000",
                "grades", Map.of("Cu", "0.006"), "location", Map.of("lat", 29.101, "lon", 62.048)));
    }

    private static Map<String, Object> dispatched(String id, String lot, String actor, int hour) {
        return event(id, "dispatched", actor, hour, Map.of("lot", lot, "from", PIT, "to", PLANT, "permit",
                Map.of("number", "BA-TP-" + id.toUpperCase(Locale.ROOT), "vehicle", "LES-6060", "vehicleClass", "N3 articulated truck",
                        "maxPayloadKg", "30000", "validFrom", DAY.toString(), "validUntil", DAY.plusDays(5).toString())));
    }

    private static Map<String, Object> received(String id, String lot, String actor, int hour) {
        return event(id, "received", actor, hour, Map.of("lot", lot, "site", PLANT, "massKg", "20000"));
    }

    private static Map<String, Object> event(String id, String type, String actor, int hour, Map<String, Object> fields) {
        Map<String, Object> event = new LinkedHashMap<>(Map.of("eventId", id, "type", type, "time", DAY.plusHours(hour).toString()));
        if (actor != null) {
            event.put("actor", actor);
        }
        event.putAll(fields);
        return event;
    }
}
