package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.passport.ChainAlerts;
import org.mizan.passport.OversightProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * A record of the committed stream that oversight cannot read or evaluate is set aside, once, with
 * an error an operator sees and a counter, and the stream goes on; an operator retries it. A database
 * failure is not the record's fault and sets nothing aside.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"mizan.test.isolation=oversight-set-aside", "mizan.oversight.evaluate=false"})
class EvaluatorSetAsideIntegrationTests extends HttpIntegrationTest {

    private static OversightHttpFixture fixture;

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ChainAlerts chainAlerts;

    @BeforeEach
    void registerOnce() {
        if (fixture == null) {
            fixture = new OversightHttpFixture(api, adminKey(), keys);
        }
        evaluator.drain();
    }

    @Test
    void anUnreadableRecordIsSetAsideOnceAndEveryLaterEventIsEvaluated(CapturedOutput output) {
        double counted = setAsideCounter();
        long setAsideBefore = evaluator.setAsideCount();
        // As a bulk load writes it: no actor, no mass, no grades.
        long bad = insertRecord("ov-unreadable", "extracted", "{\"lot\": \"OV-RAW\", \"site\": \"ov-mine\", \"type\": \"extracted\"}", "{}");
        fixture.story();
        long last = jdbc.sql("select max(seq) from custody_event").query(Long.class).single();

        assertThat(evaluator.drain()).isEqualTo(last - bad + 1);

        assertThat(evaluator.cursor()).isEqualTo(last);
        assertThat(jdbc.sql("select count(*) from oversight_alert where event_seq > ?").param(bad).query(Long.class).single())
                .as("alerts of the story told after the unreadable record").isEqualTo(7);
        JsonNode listed = api.get("/api/v1/oversight/set-aside", adminKey()).json();
        assertThat(listed.get("count").asLong()).isEqualTo(setAsideBefore + 1);
        JsonNode record = listed.get("records").get(listed.get("records").size() - 1);
        assertThat(record.get("seq").asLong()).isEqualTo(bad);
        assertThat(record.get("eventId").asString()).isEqualTo("ov-unreadable");
        assertThat(record.get("cause").asString()).contains("actor");
        assertThat(setAsideCounter() - counted).isEqualTo(1);
        assertThat(occurrences(output.getOut(), "oversight evaluator set aside record " + bad + " ")).isEqualTo(1);
        assertThat(output.getOut()).contains("ERROR");
        assertThat(chainAlerts.progress()).isEqualTo(new OversightProgress(last, last, setAsideBefore + 1));
        assertThat(api.get("/api/v1/oversight/progress", adminKey()).json().get("setAside").asLong()).isEqualTo(setAsideBefore + 1);

        assertThat(evaluator.drain()).isZero();
        assertThat(occurrences(output.getOut(), "oversight evaluator set aside record " + bad + " ")).as("logged once").isEqualTo(1);
        assertThat(setAsideCounter() - counted).isEqualTo(1);
    }

    @Test
    void aRecordThatFailsEvaluationStaysSetAsideUntilARetryEvaluatesIt() {
        // Readable, but at a site the registry does not know yet, so the rules cannot place it.
        long early = insertRecord("ov-early", "extracted", """
                {"eventId": "ov-early", "type": "extracted", "time": "2025-09-03T06:00:00Z", "actor": "ov-miner", "lot": "OV-EARLY",
                 "site": "ov-late-mine", "material": "cu-ore", "form": "ore", "massKg": "100", "grades": {"Cu": "0.01"},
                 "location": {"lat": 31.9, "lon": 72.9}}""", """
                {"eventId": "ov-early", "lot": "OV-EARLY", "site": "ov-late-mine", "operator": "ov-miner", "licence": null,
                 "location": {"latitude": 31.9, "longitude": 72.9}, "mass": "100", "time": "2025-09-03T06:00:00Z"}""");
        evaluator.drain();
        assertThat(setAside()).contains(early);

        Api.Reply again = api.post("/api/v1/oversight/set-aside/" + early + "/retry", adminKey(), "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("outcome").asString()).isEqualTo("set-aside");
        assertThat(jdbc.sql("select attempts from evaluator_set_aside where seq = ?").param(early).query(Integer.class).single())
                .isEqualTo(2);

        Api.Reply site = api.post("/api/v1/sites", adminKey(), Api.json(Map.of("id", "ov-late-mine", "name", "late mine", "kind", "mine",
                "lat", 31.55, "lon", 72.56, "operator", "ov-miner", "licence", "OV-ML-1")));
        assertThat(site.status()).as(site.body()).isEqualTo(201);
        Api.Reply all = api.post("/api/v1/oversight/set-aside/retry", adminKey(), "");

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("evaluated").asLong()).isEqualTo(1);
        assertThat(setAside()).doesNotContain(early);
        assertThat(jdbc.sql("select rule from oversight_alert where 'ov-early' = any(event_ids)").query(String.class).list())
                .as("the tag is outside the licence area").contains("OUTSIDE_LICENCE_AREA");
    }

    @Test
    void aDatabaseFailureRollsBackAndSetsNothingAside() {
        long before = evaluator.cursor();
        long sets = evaluator.setAsideCount();
        fixture.post(fixture.minerKey, List.of(Map.of("eventId", "ov-db-x", "type", "extracted",
                "time", OversightHttpFixture.T0.plusDays(3).toString(), "lot", "OV-DB", "site", fixture.mine, "material", "cu-ore",
                "form", "ore", "massKg", "10", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.55, "lon", 72.55))));
        jdbc.sql("alter table oversight_lot rename to oversight_lot_away").update();
        try {
            assertThatThrownBy(() -> evaluator.evaluateNext(10)).isNotNull();
            assertThat(evaluator.cursor()).isEqualTo(before);
            assertThat(evaluator.setAsideCount()).isEqualTo(sets);
            // A passport still gets its alerts, and says how far oversight has got.
            assertThat(chainAlerts.alertsTouching(List.of("OV-DB"), List.of(), List.of())).isEmpty();
            assertThat(chainAlerts.progress().lagging()).isTrue();
        } finally {
            jdbc.sql("alter table oversight_lot_away rename to oversight_lot").update();
        }
        assertThat(evaluator.drain()).isEqualTo(1);
        assertThat(evaluator.setAsideCount()).isEqualTo(sets);
    }

    @Test
    void onlyAnAdministratorListsOrRetriesAndAnUnknownRecordIsAProblem() {
        Api.Reply regulator = api.get("/api/v1/oversight/set-aside", fixture.punjabRegulatorKey);
        assertThat(regulator.status()).isEqualTo(403);
        assertThat(regulator.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/oversight/set-aside/retry", fixture.minerKey, "").status()).isEqualTo(403);
        Api.Reply unknown = api.post("/api/v1/oversight/set-aside/999999/retry", adminKey(), "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.type()).isEqualTo("/problems/not-set-aside");
        assertThat(api.post("/api/v1/oversight/set-aside/x/retry", adminKey(), "").status()).isEqualTo(400);
    }

    private long insertRecord(String eventId, String type, String body, String facts) {
        return jdbc.sql("""
                insert into custody_event (event_id, type, actor, event_time, recorded_at, body, facts)
                values (?, ?, 'ov-miner', now(), now(), cast(? as jsonb), cast(? as jsonb)) returning seq""")
                .params(eventId, type, body, facts).query(Long.class).single();
    }

    private List<Long> setAside() {
        return jdbc.sql("select seq from evaluator_set_aside where evaluator = 'oversight' order by seq").query(Long.class).list();
    }

    private double setAsideCounter() {
        var counter = meters.find("mizan.evaluator.set.aside").tag("evaluator", "oversight").counter();
        return counter == null ? 0 : counter.count();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
