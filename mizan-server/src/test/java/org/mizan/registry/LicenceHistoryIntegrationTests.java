package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.kernel.LicenceNumber;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A licence's dated status history over real HTTP on PostgreSQL: registered with its past, changed by
 * backdated decisions of its province's regulator, read by anyone, and judged in Pakistan's time.
 */
class LicenceHistoryIntegrationTests extends HttpIntegrationTest {

    @Autowired
    Registry registry;

    private String balochistan;
    private String kp;

    @BeforeEach
    void parties() {
        String admin = adminKey();
        if (api.get("/api/v1/parties/lh-regulator-ba").status() == 404) {
            register(admin, RegistryIntegrationTests.party("lh-regulator-ba", "regulator", "PK", "PK-BA"));
            register(admin, RegistryIntegrationTests.party("lh-regulator-kp", "regulator", "PK", "PK-KP"));
            register(admin, RegistryIntegrationTests.party("lh-miner", "company", "PK", null));
        }
        balochistan = keyFor("lh-regulator-ba", Role.REGULATOR);
        kp = keyFor("lh-regulator-kp", Role.REGULATOR);
    }

    private void register(String key, Map<String, Object> party) {
        assertThat(api.post("/api/v1/parties", key, Api.json(party)).status()).isEqualTo(201);
    }

    /** A Balochistan copper lease granted 2025-01-01, on its own 0.05° square so test licences never overlap. */
    private Map<String, Object> licence(String number, double lon, List<Map<String, Object>> history) {
        Map<String, Object> body = new LinkedHashMap<>(RegistryIntegrationTests.licence(number, "PK-BA", "copper",
                RegistryIntegrationTests.square(lon, 27.13, 0.05)));
        body.put("holder", "lh-miner");
        if (history != null) {
            body.put("history", history);
        }
        return body;
    }

    private void grant(String number, double lon) {
        Reply granted = api.post("/api/v1/licences", balochistan, Api.json(licence(number, lon, null)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
    }

    private static Map<String, Object> decision(String status, String effectiveFrom, String reason) {
        return Map.of("status", status, "effectiveFrom", effectiveFrom, "reason", reason);
    }

    private Reply decide(String key, String number, Object body) {
        return api.post("/api/v1/licences/" + number + "/status", key, body instanceof String s ? s : Api.json(body));
    }

    private JsonNode history(String number) {
        Reply reply = api.get("/api/v1/licences/" + number + "/history");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(reply.type()).isEqualTo("/problems/" + type);
        }
    }

    private LicenceStatus at(String number, String instant) {
        return registry.statusAt(new LicenceNumber(number), Instant.parse(instant)).orElseThrow();
    }

    @Test
    void registersALicenceTogetherWithItsPastAndAnyoneReadsTheHistory() {
        Reply granted = api.post("/api/v1/licences", balochistan, Api.json(licence("LH-1", 65.37, List.of(
                decision("active", "2025-04-01", "dam repaired"),
                decision("suspended", "2025-03-01", "tailings dam inspection")))));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);

        JsonNode history = history("LH-1");
        assertThat(history.get("timeZone").asString()).isEqualTo("Asia/Karachi");
        assertThat(history.get("status").asString()).isEqualTo("active");
        assertThat(history.get("history").findValuesAsString("change")).containsExactly("grant", "suspension", "reinstatement");
        assertThat(history.get("history").findValuesAsString("effectiveFrom")).containsExactly("2025-01-01", "2025-03-01", "2025-04-01");
        assertThat(history.at("/history/1/status").asString()).isEqualTo("suspended");
        assertThat(history.at("/history/1/decidedBy").asString()).isEqualTo("lh-regulator-ba");
        assertThat(history.at("/history/1/reason").asString()).isEqualTo("tailings dam inspection");

        assertThat(at("LH-1", "2024-12-31T18:59:00Z")).isEqualTo(LicenceStatus.NOT_YET_GRANTED);
        assertThat(at("LH-1", "2024-12-31T19:00:00Z")).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(at("LH-1", "2025-02-28T18:59:00Z")).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(at("LH-1", "2025-02-28T19:00:00Z")).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(at("LH-1", "2025-03-31T18:59:00Z")).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(at("LH-1", "2025-03-31T19:00:00Z")).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(at("LH-1", "2035-12-31T19:00:00Z")).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(registry.statusAt(new LicenceNumber("LH-404"), Instant.EPOCH)).isEmpty();
    }

    @Test
    void theRegulatorRecordsABackdatedSuspensionThatHoldsFromLocalMidnight() {
        grant("LH-2", 65.43);
        Instant before = Instant.now();
        Reply suspended = decide(balochistan, "LH-2", decision("suspended", "2025-11-20", "unpaid royalties"));
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().get("status").asString()).isEqualTo("suspended");
        assertThat(Instant.parse(suspended.json().at("/history/1/recordedAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(api.get("/api/v1/licences/LH-2").json().get("status").asString()).isEqualTo("suspended");

        assertThat(at("LH-2", "2025-11-19T18:59:00Z")).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(at("LH-2", "2025-11-19T19:00:00Z")).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(at("LH-2", "2025-11-19T20:30:00Z")).as("01:30 on the 20th in Karachi").isEqualTo(LicenceStatus.SUSPENDED);

        Reply reinstated = decide(balochistan, "LH-2", decision("active", "2025-11-25", "paid"));
        assertThat(reinstated.status()).as(reinstated.body()).isEqualTo(200);
        assertThat(at("LH-2", "2025-11-22T12:00:00Z")).as("still suspended then").isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(at("LH-2", "2025-11-24T19:00:00Z")).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(history("LH-2").get("history").findValuesAsString("change")).containsExactly("grant", "suspension", "reinstatement");
    }

    @Test
    void refusesEveryBadChangeWithAProblemAndWritesNothing() {
        grant("LH-3", 65.49);
        assertThat(decide(balochistan, "LH-3", decision("suspended", "2025-11-20", "inspection")).status()).isEqualTo(200);
        JsonNode before = history("LH-3");

        assertProblem(decide(balochistan, "LH-3", decision("paused", "2025-11-22", "x")), 422, "unknown-licence-status");
        assertProblem(decide(balochistan, "LH-3", decision("expired", "2025-11-22", "x")), 422, "not-a-status-change");
        assertProblem(decide(balochistan, "LH-3", "{\"status\":\"active\",\"effectiveFrom\":\"2025-13-45\",\"reason\":\"x\"}"), 400, null);
        assertProblem(decide(balochistan, "LH-3", "{\"status\":\"active\",\"effectiveFrom\":20251122,\"reason\":\"x\"}"), 400, null);
        assertProblem(decide(balochistan, "LH-3", "{\"status\":\"active\",\"effectiveFrom\":\"2025-11-22\"}"), 400, "missing-field");
        assertProblem(decide(balochistan, "LH-3", "{\"status\":\"active\",\"effectiveFrom\":\"2025-11-22\",\"reason\":\"x\",\"by\":\"me\"}"),
                400, null);
        assertProblem(decide(balochistan, "LH-3",
                "{\"status\":\"active\",\"status\":\"revoked\",\"effectiveFrom\":\"2025-11-22\",\"reason\":\"x\"}"), 400, null);
        assertProblem(decide(balochistan, "LH-3", decision("suspended", "2025-11-22", "again")), 409, "invalid-licence-transition");
        assertProblem(decide(balochistan, "LH-3", decision("suspended", "2025-11-20", "inspection")), 409, "duplicate-status-change");
        assertProblem(decide(balochistan, "LH-3", decision("active", "2025-11-10", "early")), 409, "out-of-order-status-change");
        assertProblem(decide(balochistan, "LH-3", decision("active", "2024-12-31", "x")), 422, "before-grant");
        assertProblem(decide(balochistan, "LH-3", decision("active", "2099-01-01", "x")), 422, "effective-in-future");
        assertProblem(decide(balochistan, "LH-3", decision("revoked", "2025-11-22", " ")), 422, "reason-required");
        assertProblem(decide(kp, "LH-3", decision("active", "2025-11-22", "x")), 403, "outside-jurisdiction");
        assertProblem(decide(null, "LH-3", decision("active", "2025-11-22", "x")), 401, "unauthenticated");
        assertProblem(decide(balochistan, "LH-404", decision("active", "2025-11-22", "x")), 404, "unknown-licence");
        assertThat(history("LH-3")).as("nothing written").isEqualTo(before);

        assertThat(decide(balochistan, "LH-3", decision("revoked", "2025-11-22", "fraud")).status()).isEqualTo(200);
        assertProblem(decide(balochistan, "LH-3", decision("active", "2025-11-23", "x")), 409, "licence-revoked");
        assertThat(history("LH-3").get("history").findValuesAsString("status")).containsExactly("active", "suspended", "revoked");
    }

    @Test
    void theOpenApiDocumentDescribesBothEndpoints() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        assertThat(paths.at("/~1api~1v1~1licences~1{number}~1history/get/summary").asString()).isEqualTo("A licence's status history");
        assertThat(paths.at("/~1api~1v1~1licences~1{number}~1status/post/summary").asString()).isEqualTo("Record a dated status decision");
    }

    @Test
    void refusesARegistrationWhosePastContradictsItselfAndRegistersNothing() {
        Reply contradicting = api.post("/api/v1/licences", balochistan, Api.json(licence("LH-4", 65.55, List.of(
                decision("suspended", "2025-03-01", "x"), decision("suspended", "2025-04-01", "again")))));
        assertProblem(contradicting, 409, "invalid-licence-transition");
        Reply beforeGrant = api.post("/api/v1/licences", balochistan, Api.json(licence("LH-4", 65.55, List.of(
                decision("suspended", "2024-03-01", "x")))));
        assertProblem(beforeGrant, 422, "before-grant");
        assertProblem(api.get("/api/v1/licences/LH-4"), 404, "unknown-licence");
        assertProblem(api.get("/api/v1/licences/LH-4/history"), 404, "unknown-licence");
    }
}
