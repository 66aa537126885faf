package org.mizan.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.TestDatabase;
import org.mizan.cli.VerifyRun;
import org.mizan.kernel.Rejection;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A sealed antimony reserve over real HTTP on PostgreSQL: custody moves the lots, the month-end job commits three months,
 * the disclosure proves them with {@code mizan verify}, and a month changed afterwards fails naming the month.
 *
 * <p>January: 40 000 kg dispatched in, 39 990 kg received: stock 0 + 39 990 = 39 990. February: 20 000 kg in: 59 990.
 * March: 5 000 kg of the February lot released as a new lot, 10 kg spilt: 59 990 − 5 000 − 10 = 54 980.
 */
class ReserveIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACCOUNT = "rs-sb-sealed";

    @Autowired
    Reserves reserves;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        String admin = adminKey();
        if (api.get("/api/v1/parties/rs-keeper").status() != 404) {
            return;
        }
        party(admin, "rs-miner", "company", null);
        party(admin, "rs-keeper", "state-enterprise", null);
        party(admin, "rs-reg", "regulator", "PK-KP");
        party(admin, "rs-reg-other", "regulator", "PK-KP");
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(72.47, 35.37), List.of(72.50, 35.37),
                List.of(72.50, 35.40), List.of(72.47, 35.40), List.of(72.47, 35.37))));
        expect(api.post("/api/v1/licences", admin, Api.json(Map.of("number", "RS-ML-SB", "type", "mining-lease", "holder", "rs-miner",
                "province", "PK-KP", "minerals", List.of(Map.of("mineral", "antimony", "annualCapacityTonnes", 500)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"))));
        expect(api.post("/api/v1/sites", admin, Api.json(Map.of("id", "rs-mine", "name", "rs-mine", "kind", "mine", "lat", 35.385, "lon",
                72.485, "operator", "rs-miner", "licence", "RS-ML-SB"))));
        expect(api.post("/api/v1/sites", admin, Api.json(Map.of("id", "rs-reserve", "name", "rs-reserve", "kind", "reserve", "lat", 34.0,
                "lon", 71.55, "operator", "rs-keeper"))));
        expect(api.post("/api/v1/economy/reserves", admin, Api.json(account(ACCOUNT, "rs-reserve", "sealed"))));
        String miner = keyFor("rs-miner", Role.OPERATOR);
        String keeper = keyFor("rs-keeper", Role.OPERATOR);
        expect(api.post("/api/v1/events", miner, Api.json(Map.of("events", List.of(
                extracted("rs-e1", "RS-1", "40000", "2026-01-05T10:00:00+05:00"),
                dispatched("rs-d1", "RS-1", "rs-mine", "rs-reserve", "2026-01-10T10:00:00+05:00", Map.of()),
                extracted("rs-e2", "RS-2", "20000", "2026-02-03T10:00:00+05:00"),
                dispatched("rs-d2", "RS-2", "rs-mine", "rs-reserve", "2026-02-04T10:00:00+05:00", Map.of()))))));
        expect(api.post("/api/v1/events", keeper, Api.json(Map.of("events", List.of(
                event("rs-r1", "received", "2026-01-11T10:00:00+05:00", Map.of("lot", "RS-1", "site", "rs-reserve", "massKg", "39990")),
                event("rs-r2", "received", "2026-02-05T10:00:00+05:00", Map.of("lot", "RS-2", "site", "rs-reserve", "massKg", "20000")),
                dispatched("rs-d3", "RS-2", "rs-reserve", "rs-mine", "2026-03-10T10:00:00+05:00", Map.of("newLot", "RS-2-R", "massKg", "5000",
                        "decision", "ECC-2026-03-14", "recipient", "rs-miner")),
                event("rs-l1", "lost", "2026-03-15T10:00:00+05:00", Map.of("lot", "RS-1", "massKg", "10", "reason", "spill at the bay")))))));
        assertThat(reserves.commitThrough(YearMonth.of(2026, 3))).isEqualTo(3);
    }

    @Test
    void aSealedReserveShowsOnlyItsCommitmentsAndItsHistoryVerifiesOffline() throws Exception {
        Reply one = api.get("/api/v1/economy/reserves/" + ACCOUNT);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().has("stockKg")).as("a sealed stock is not shown").isFalse();
        assertThat(one.json().has("band")).isFalse();
        assertThat(one.json().get("target").asString()).isEqualTo("30 days at 1500 kg a day (illustrative baseline)");
        assertThat(one.json().get("commitments").findValuesAsString("month")).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(api.get("/api/v1/economy/reserves.csv").body()).contains("\r\n" + ACCOUNT + ",rs-reserve,sb-ore,ore,sealed,"
                + "30 days at 1500 kg a day (illustrative baseline),,,,,3,2026-03,");

        String path = "/api/v1/economy/reserves/" + ACCOUNT + "/disclosure";
        assertProblem(api.get(path), 403, "reserve-not-disclosed");
        assertProblem(api.get(path, keyFor("rs-reg-other", Role.REGULATOR)), 403, "reserve-not-disclosed");
        Reply disclosed = api.get(path, keyFor("rs-reg", Role.REGULATOR));
        assertThat(disclosed.status()).as(disclosed.body()).isEqualTo(200);
        assertThat(disclosed.json().get("months").findValuesAsString("stockKg")).containsExactly("39990", "59990", "54980");

        Path dir = TestDatabase.freshDataDir();
        Path key = Files.writeString(dir.resolve("log.vkey"), api.get("/log/key").body());
        VerifyRun.Outcome honest = VerifyRun.verify(Files.writeString(dir.resolve("honest.json"), disclosed.body()), key.toString());
        assertThat(honest.code()).as(honest.output()).isZero();
        assertThat(honest.output()).contains("OK: reserve " + ACCOUNT + ", 3 months 2026-01 to 2026-03, each an entry of log ")
                .contains("stock at the end of 2026-03: 54980 kg");

        Map<String, Object> changed = months(disclosed, bundle -> month(bundle, 1).put("stockKg", "69990"));
        VerifyRun.Outcome caught = VerifyRun.verify(Files.writeString(dir.resolve("changed.json"), JSON.writeValueAsString(changed)), key.toString());
        assertThat(caught.code()).isEqualTo(1);
        assertThat(caught.output()).startsWith("FAILED: month 2026-02 of reserve " + ACCOUNT + ": ");

        Map<String, Object> gap = months(disclosed, bundle -> ((List<?>) bundle.get("months")).remove(1));
        VerifyRun.Outcome missing = VerifyRun.verify(Files.writeString(dir.resolve("gap.json"), JSON.writeValueAsString(gap)), key.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.output()).contains("FAILED: month 2026-03 of reserve " + ACCOUNT + ": it follows 2026-01, so month 2026-02 is missing");
    }

    @Test
    void aDispatchOutOfAReserveWithoutADecisionIsRefusedAndNothingWritten() {
        String keeper = keyFor("rs-keeper", Role.OPERATOR);
        Map<String, Object> bare = dispatched("rs-d4", "RS-1", "rs-reserve", "rs-mine", "2026-04-02T10:00:00+05:00", Map.of());
        Reply refused = api.post("/api/v1/events", keeper, Api.json(Map.of("events", List.of(bare))));
        assertProblem(refused, 422, "custody-release-without-decision");
        assertThat(refused.json().get("rule").asString()).isEqualTo("RELEASE_WITHOUT_DECISION");
        Map<String, Object> stranger = dispatched("rs-d4", "RS-1", "rs-reserve", "rs-mine", "2026-04-02T10:00:00+05:00",
                Map.of("decision", "ECC-2026-04-01", "recipient", "rs-nobody"));
        assertProblem(api.post("/api/v1/events", keeper, Api.json(Map.of("events", List.of(stranger)))), 422, "custody-release-without-decision");
        assertThat(api.get("/api/v1/events/rs-d4", adminKey()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/RS-1", adminKey()).json().get("site").asString()).isEqualTo("rs-reserve");
    }

    @Test
    void aMonthIsCommittedOnceAndOnlyAfterItEnds() {
        assertThat(reserves.commitThrough(YearMonth.of(2026, 3))).as("already committed").isZero();
        YearMonth current = reserves.lastEnded().plusMonths(1);
        assertThatThrownBy(() -> reserves.commitThrough(current)).isInstanceOf(Rejection.class).hasMessageContaining("has not ended");
    }

    @Test
    void anAccountAwayFromAReserveSiteOrWithTwoTargetsIsRefusedAndNothingWritten() {
        long before = jdbc.sql("select count(*) from economy_reserve_account").query(Long.class).single();
        assertProblem(api.post("/api/v1/economy/reserves", adminKey(), Api.json(account("rs-at-mine", "rs-mine", "public"))), 422,
                "not-a-reserve-site");
        Map<String, Object> both = account("rs-both", "rs-reserve", "public");
        both.put("targetTonnes", "45");
        assertProblem(api.post("/api/v1/economy/reserves", adminKey(), Api.json(both)), 422, "invalid-target");
        assertProblem(api.post("/api/v1/economy/reserves", keyFor("rs-reg", Role.REGULATOR), Api.json(account("rs-x", "rs-reserve", "sealed"))),
                403, "forbidden");
        assertThat(jdbc.sql("select count(*) from economy_reserve_account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAccountsRegulatorSetsTheYearsPlan() {
        String plan = Api.json(Map.of("maxAcquisitionKg", "60000", "maxDisposalKg", "4000"));
        Reply set = put("/api/v1/economy/reserves/" + ACCOUNT + "/plans/2026", keyFor("rs-reg", Role.REGULATOR), plan);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(reserves.plan(ACCOUNT, 2026)).hasValueSatisfying(p -> assertThat(p.maxDisposalKg()).isEqualByComparingTo("4000"));
        assertProblem(put("/api/v1/economy/reserves/" + ACCOUNT + "/plans/2026", keyFor("rs-reg-other", Role.REGULATOR), plan), 403, "forbidden");
        assertProblem(put("/api/v1/economy/reserves/" + ACCOUNT + "/plans/2026", adminKey(),
                Api.json(Map.of("maxAcquisitionKg", "-1", "maxDisposalKg", "0"))), 422, "out-of-range");
    }

    private Reply put(String path, String key, String json) {
        return api.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> months(Reply disclosed, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> bundle = JSON.readValue(disclosed.body(), Map.class);
        change.accept(bundle);
        return bundle;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> month(Map<String, Object> bundle, int i) {
        return (Map<String, Object>) ((Map<String, Object>) ((List<Object>) bundle.get("months")).get(i)).get("event");
    }

    private static Map<String, Object> account(String id, String site, String policy) {
        return new LinkedHashMap<>(Map.of("id", id, "site", site, "material", "sb-ore", "targetDays", "30", "baselineKgPerDay", "1500",
                "baselineSource", "illustrative baseline", "policy", policy, "regulator", "rs-reg", "opened", "2026-01"));
    }

    private static Map<String, Object> extracted(String id, String lot, String kg, String at) {
        return event(id, "extracted", at, Map.of("lot", lot, "site", "rs-mine", "material", "sb-ore", "form", "ore", "massKg", kg,
                "grades", Map.of("Sb", "0.3"), "location", Map.of("lat", 35.385, "lon", 72.485)));
    }

    private static Map<String, Object> dispatched(String id, String lot, String from, String to, String at, Map<String, Object> part) {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("lot", lot, "from", from, "to", to, "permit", Map.of("number", "RS-TP-" + id,
                "vehicle", "LEA-1", "vehicleClass", "N3", "maxPayloadKg", "40000", "validFrom", at, "validUntil",
                java.time.OffsetDateTime.parse(at).plusDays(3).toString())));
        fields.putAll(part);
        return event(id, "dispatched", at, fields);
    }

    private static Map<String, Object> event(String id, String type, String at, Map<String, Object> fields) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", type, "time", at));
        e.putAll(fields);
        return e;
    }

    private void party(String admin, String id, String kind, String jurisdiction) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "country", "PK"));
        if (jurisdiction != null) {
            body.put("jurisdiction", jurisdiction);
        }
        expect(api.post("/api/v1/parties", admin, Api.json(body)));
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.type()).isEqualTo("/problems/" + type);
    }

    private static void expect(Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new AssertionError("Setup failed with " + reply.status() + ": " + reply.body());
        }
    }
}
