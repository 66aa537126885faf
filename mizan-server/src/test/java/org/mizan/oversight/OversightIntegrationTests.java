package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.kernel.LotId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The rules over real custody events posted through the API, the alerts API and its scopes, and the
 * case workflow. Evaluation is driven by the test (the background thread is off), so each test knows
 * exactly which events have been evaluated.
 */
@TestPropertySource(properties = {"mizan.test.isolation=oversight", "mizan.oversight.evaluate=false", "mizan.oversight.sla-low=PT1S"})
class OversightIntegrationTests extends OversightHttpTest {

    private static OversightHttpFixture fixture;

    @Autowired
    Evaluator evaluator;

    @Autowired
    Oversight oversight;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.mizan.ledger.Auditor auditor;

    @Autowired
    org.mizan.registry.Registry registry;

    @BeforeEach
    void story() {
        if (fixture == null) {
            fixture = new OversightHttpFixture(api, adminKey(), keys);
            fixture.story();
        }
        evaluator.drain();
    }

    private static List<String> rules(List<JsonNode> alerts) {
        return alerts.stream().map(a -> a.get("rule").asString() + (a.get("severity").asString().equals("low") ? "/warning" : "")).sorted().toList();
    }

    private JsonNode alert(String rule) {
        return alerts(fixture.auditorKey, "?rule=" + rule).stream().filter(a -> !a.get("severity").asString().equals("low")).findFirst().orElseThrow();
    }

    @Test
    void everyRedFlagOfTheStoryIsRaisedOnceWithItsEvidence() {
        assertThat(rules(alerts(fixture.auditorKey, ""))).containsExactly("ELEMENT_IMBALANCE", "IMPLAUSIBLE_TRANSIT", "OUTSIDE_LICENCE_AREA",
                "OVER_CAPACITY", "OVER_CAPACITY/warning", "PERMIT_VIOLATION", "TRANSIT_LOSS");
        JsonNode loss = alert("TRANSIT_LOSS");
        assertThat(loss.at("/evidence/eventIds").toString()).isEqualTo("[\"ov-d1\",\"ov-r1\"]");
        assertThat(loss.at("/evidence/figures/shortKg").asString()).isEqualTo("1850");
        assertThat(loss.at("/subject/lots/0").asString()).isEqualTo("OV-A");
        assertThat(loss.get("province").asString()).isEqualTo("PK-PB");
        assertThat(alert("PERMIT_VIOLATION").at("/evidence/eventIds").toString()).isEqualTo("[\"ov-d1\",\"ov-d2\"]");
        assertThat(alert("OVER_CAPACITY").at("/evidence/eventIds/0").asString()).isEqualTo("ov-x4");
        assertThat(alert("OUTSIDE_LICENCE_AREA").at("/evidence/eventIds/0").asString()).isEqualTo("ov-x2");
        assertThat(alert("ELEMENT_IMBALANCE").at("/evidence/figures/surplusKg").asString()).isEqualTo("25.25");
        assertThat(alert("IMPLAUSIBLE_TRANSIT").get("explanation").asString()).contains("ov-r2");
        assertThat(evaluator.drain()).as("nothing left to evaluate").isZero();
    }

    @Test
    void alertsAreScopedToWhoAsks() {
        assertThat(api.get("/api/v1/alerts").status()).isEqualTo(401);
        assertThat(alerts(fixture.punjabRegulatorKey, "")).hasSize(7);
        assertThat(alerts(fixture.sindhRegulatorKey, "")).isEmpty();
        assertThat(alerts(fixture.strangerKey, "")).isEmpty();
        assertThat(rules(alerts(fixture.processorKey, ""))).containsExactly("ELEMENT_IMBALANCE", "IMPLAUSIBLE_TRANSIT", "TRANSIT_LOSS");
        assertThat(alerts(fixture.minerKey, "")).hasSize(6);
        String id = alert("ELEMENT_IMBALANCE").get("id").asString();
        assertThat(api.get("/api/v1/alerts/" + id, fixture.minerKey).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/alerts/" + id, fixture.processorKey).status()).isEqualTo(200);
    }

    @Test
    void filtersNarrowAndBadFiltersAreProblems() {
        assertThat(rules(alerts(fixture.auditorKey, "?rule=IMPLAUSIBLE_TRANSIT&province=PK-PB&status=open&since=2000-01-01T00:00:00Z")))
                .containsExactly("IMPLAUSIBLE_TRANSIT");
        assertThat(alerts(fixture.auditorKey, "?since=2999-01-01T00:00:00Z")).isEmpty();
        assertThat(alerts(fixture.auditorKey, "?province=PK-SD")).isEmpty();
        assertThat(api.get("/api/v1/alerts?rule=NOPE", fixture.auditorKey).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/alerts?status=closed", fixture.auditorKey).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/alerts?since=yesterday", fixture.auditorKey).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/alerts?limit=0", fixture.auditorKey).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/alerts?province=punjab", fixture.auditorKey).json().get("type").asString()).endsWith("/invalid-province-code");
        List<JsonNode> page = alerts(fixture.auditorKey, "?limit=3");
        assertThat(page).hasSize(3);
        assertThat(alerts(fixture.auditorKey, "?after=" + page.get(2).get("id").asString())).hasSize(4);
    }

    @Test
    void aLowAlertIsOverdueAfterItsOneSecondDeadline() throws InterruptedException {
        Thread.sleep(1100);
        List<JsonNode> all = alerts(fixture.auditorKey, "?status=open");
        assertThat(all.stream().filter(a -> a.get("overdue").asBoolean()).map(a -> a.get("severity").asString()).toList())
                .containsOnly("low").isNotEmpty();
    }

    @Test
    void otherModulesSeeTheAlertsTouchingAChain() {
        List<AlertSummary> touching = oversight.alertsTouching(List.of(new LotId("OV-A")), List.of(), List.of());
        assertThat(touching).extracting(AlertSummary::rule).containsExactlyInAnyOrder("TRANSIT_LOSS", "PERMIT_VIOLATION", "ELEMENT_IMBALANCE");
        assertThat(touching).allSatisfy(s -> assertThat(s.explanation()).isNotBlank());
        assertThat(oversight.alertsTouching(List.of(new LotId("NOT-A-LOT")), List.of(), List.of())).isEmpty();
        assertThat(Set.copyOf(oversight.alertsTouching(List.of(), List.of(), List.of(new org.mizan.kernel.LicenceNumber(fixture.licence)))
                .stream().map(AlertSummary::rule).toList())).containsExactlyInAnyOrder("OUTSIDE_LICENCE_AREA", "OVER_CAPACITY");
    }

    private Api.Reply move(String key, String id, Map<String, Object> body) {
        return api.post("/api/v1/alerts/" + id + "/transitions", key, Api.json(body));
    }

    private long transitions() {
        return jdbc.sql("select count(*) from oversight_transition").query(Long.class).single()
                + jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
    }

    @Test
    void onlyAPunjabRegulatorMovesAPunjabCaseAndRefusalsWriteNothing() {
        String id = alert("IMPLAUSIBLE_TRANSIT").get("id").asString();
        long before = transitions();
        assertThat(move(null, id, Map.of("to", "acknowledged")).status()).isEqualTo(401);
        assertThat(move(fixture.minerKey, id, Map.of("to", "acknowledged")).status()).isEqualTo(403);
        assertThat(move(fixture.auditorKey, id, Map.of("to", "acknowledged")).status()).isEqualTo(403);
        assertThat(move(fixture.sindhRegulatorKey, id, Map.of("to", "acknowledged")).status()).isEqualTo(403);
        assertThat(move(fixture.punjabRegulatorKey, "AL-999999999", Map.of("to", "acknowledged")).status()).isEqualTo(404);
        assertThat(move(fixture.punjabRegulatorKey, id, Map.of("to", "resolved")).type()).isEqualTo("/problems/finding-required");
        assertThat(move(fixture.punjabRegulatorKey, id, Map.of("to", "closed")).status()).isEqualTo(422);
        assertThat(move(fixture.punjabRegulatorKey, id, Map.of()).status()).isEqualTo(422);
        assertThat(transitions()).isEqualTo(before);
        assertThat(alert("IMPLAUSIBLE_TRANSIT").get("status").asString()).isEqualTo("open");
    }

    @Test
    void aCaseIsAcknowledgedResolvedAndReopenedEachStepLogged() {
        String id = alert("TRANSIT_LOSS").get("id").asString();
        String reg = fixture.punjabRegulatorKey;
        assertThat(move(reg, id, Map.of("to", "acknowledged", "note", "asked the transporter")).json().get("status").asString())
                .isEqualTo("acknowledged");
        assertThat(move(reg, id, Map.of("to", "acknowledged")).status()).isEqualTo(409);
        Api.Reply resolved = move(reg, id, Map.of("to", "resolved", "finding", "confirmed"));
        assertThat(resolved.json().get("finding").asString()).isEqualTo("confirmed");
        assertThat(resolved.json().get("overdue").asBoolean()).isFalse();
        assertThat(move(reg, id, Map.of("to", "escalated")).type()).isEqualTo("/problems/note-required");
        assertThat(move(reg, id, Map.of("to", "escalated", "note", "weighbridge tickets disagree")).json().get("status").asString())
                .isEqualTo("escalated");
        List<Map<String, Object>> logged = jdbc.sql("select body->>'to' as to_status, log_index from oversight_transition where alert_id = ? order by at")
                .param(id).query().listOfRows();
        assertThat(logged).extracting(r -> r.get("to_status")).containsExactly("acknowledged", "resolved", "escalated");
        assertThat(logged).allSatisfy(r -> assertThat(r.get("log_index")).isNotNull());
        assertThat(oversight.alertsTouching(List.of(new LotId("OV-A")), List.of(), List.of()))
                .filteredOn(s -> s.id().equals(id)).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("escalated"));
    }

    @Test
    void theAuditRecomputesTransitionsAndCatchesATamperedOne() {
        String id = alert("OUTSIDE_LICENCE_AREA").get("id").asString();
        assertThat(move(fixture.punjabRegulatorKey, id, Map.of("to", "resolved", "finding", "false-alarm", "note", "GPS drift")).status())
                .isEqualTo(200);
        var report = auditor.audit();
        assertThat(report.problems()).isEmpty();
        assertThat(report.records()).isEqualTo(report.entries());
        String transition = jdbc.sql("select id from oversight_transition where alert_id = ?").param(id).query(String.class).single();
        jdbc.sql("alter table oversight_transition disable trigger user").update();
        try {
            jdbc.sql("update oversight_transition set body = jsonb_set(body, '{finding}', '\"confirmed\"') where id = ?").param(transition).update();
            assertThat(auditor.audit().problems()).singleElement().asString().contains(transition);
        } finally {
            jdbc.sql("update oversight_transition set body = jsonb_set(body, '{finding}', '\"false-alarm\"') where id = ?").param(transition).update();
            jdbc.sql("alter table oversight_transition enable trigger user").update();
        }
        assertThat(auditor.audit().intact()).isTrue();
    }

    @Test
    void caseTransitionsAndCustodyEventsAppendToTheLogConcurrentlyWithoutCollisions() throws Exception {
        String id = alert("ELEMENT_IMBALANCE").get("id").asString();
        String reg = fixture.punjabRegulatorKey;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var cases = pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    assertThat(move(reg, id, Map.of("to", "resolved", "finding", "inconclusive")).status()).isEqualTo(200);
                    assertThat(move(reg, id, Map.of("to", "acknowledged", "note", "round " + i)).status()).isEqualTo(200);
                }
            });
            var custody = pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    fixture.post(fixture.minerKey, List.of(Map.of("eventId", "ov-c" + i, "type", "extracted",
                            "time", OversightHttpFixture.T0.plusDays(3).plusMinutes(i).toString(), "lot", "OV-CC-" + i, "site", fixture.mine,
                            "material", "cu-ore", "form", "ore", "massKg", "100", "grades", Map.of("Cu", "0.005"),
                            "location", Map.of("lat", 31.55, "lon", 72.55))));
                }
            });
            cases.get();
            custody.get();
        } finally {
            pool.shutdownNow();
        }
        var report = auditor.audit();
        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.sql("select count(*) from oversight_transition where alert_id = ?").param(id).query(Long.class).single()).isEqualTo(30);
    }

    @Test
    void theHighRiskBoundaryIsTheDistrictBoundary() {
        // At latitude 32.0 the Khushab–Sargodha district boundary lies between longitudes 72.230 and 72.235.
        HighRiskOriginPolicy policy = new HighRiskOriginPolicy(List.of("PK-PB/Khushab"));
        var khushab = RuleFixtures.extraction(32.0, 72.225);
        var sargodha = RuleFixtures.extraction(32.0, 72.240);
        assertThat(policy.check(khushab, registry.provinces().locate(32.0, 72.225))).isPresent();
        assertThat(policy.check(sargodha, registry.provinces().locate(32.0, 72.240))).isEmpty();
    }
}
