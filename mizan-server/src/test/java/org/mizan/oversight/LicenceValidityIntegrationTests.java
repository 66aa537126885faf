package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * LICENCE_NOT_VALID over real HTTP on PostgreSQL, judged by the status in force at each extraction's
 * time on Pakistan's calendar: the licence's history is recorded first (late, backdated), the
 * extractions are uploaded after it, and only those dated outside the licence's time in force raise
 * an alert, whenever they were uploaded.
 */
@TestPropertySource(properties = {"mizan.test.isolation=licence-validity", "mizan.oversight.evaluate=false"})
class LicenceValidityIntegrationTests extends HttpIntegrationTest {

    @Autowired
    Evaluator evaluator;

    private static final String LICENCE = "LV-ML-1";

    @Test
    void judgesEachExtractionByTheStatusInForceOnItsLocalDay() {
        String admin = adminKey();
        party(admin, "lv-miner", "company", null);
        party(admin, "lv-reg-pb", "regulator", "PK-PB");
        party(admin, "lv-auditor", "company", null);
        licenceWithMine(admin, LICENCE, "lv-miner", "lv-mine");
        String regulator = keyFor("lv-reg-pb", Role.REGULATOR);
        decide(regulator, "suspended", "2025-11-20", "blasting without a permit");
        decide(regulator, "active", "2025-11-25", "permit shown");
        decide(regulator, "revoked", "2025-12-01", "repeated violations");

        // Uploaded after the whole history was recorded: each is judged by its own time, not by today.
        String miner = keyFor("lv-miner", Role.OPERATOR);
        expect(api.post("/api/v1/events", miner, Api.json(Map.of("events", List.of(
                extracted("lv-pre-grant", "2024-12-31T18:59:00Z"),
                extracted("lv-grant-day", "2024-12-31T19:01:00Z"),
                extracted("lv-eve-of-suspension", "2025-11-19T18:59:00Z"),
                extracted("lv-suspension-midnight", "2025-11-19T19:00:00Z"),
                extracted("lv-suspension-0001", "2025-11-19T19:01:00Z"),
                extracted("lv-suspension-0130", "2025-11-19T20:30:00Z"),
                extracted("lv-inside-suspension", "2025-11-22T06:00:00Z"),
                extracted("lv-reinstated", "2025-11-24T19:00:00Z"),
                extracted("lv-eve-of-revocation", "2025-11-30T18:59:00Z"),
                extracted("lv-revoked", "2025-11-30T19:00:00Z"))))));
        evaluator.drain();

        Api.Reply reply = api.get("/api/v1/alerts?rule=LICENCE_NOT_VALID", keyFor("lv-auditor", Role.AUDITOR));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, String> flagged = new TreeMap<>();
        for (JsonNode alert : reply.json().get("alerts")) {
            flagged.put(alert.at("/evidence/eventIds/0").asString(), alert.at("/evidence/figures/status").asString()
                    + " on " + alert.at("/evidence/figures/localDay").asString());
        }
        assertThat(flagged).containsExactlyInAnyOrderEntriesOf(Map.of(
                "lv-pre-grant", "not-yet-granted on 2024-12-31",
                "lv-suspension-midnight", "suspended on 2025-11-20",
                "lv-suspension-0001", "suspended on 2025-11-20",
                "lv-suspension-0130", "suspended on 2025-11-20",
                "lv-inside-suspension", "suspended on 2025-11-22",
                "lv-revoked", "revoked on 2025-12-01"));
    }

    @Test
    void aSuspensionRecordedLateReachesTheExtractionsAlreadyJudgedInItsDays() {
        String admin = adminKey();
        party(admin, "lv-miner-2", "company", null);
        party(admin, "lv-reg-pb-2", "regulator", "PK-PB");
        licenceWithMine(admin, "LV-ML-2", "lv-miner-2", "lv-mine-2");
        String miner = keyFor("lv-miner-2", Role.OPERATOR);
        List<Map<String, Object>> events = new ArrayList<>();
        for (String[] e : new String[][] {{"lv2-before", "2025-10-06T18:59:00Z"}, {"lv2-first-day", "2025-10-06T19:00:00Z"},
                {"lv2-later", "2025-10-12T06:00:00Z"}}) {
            Map<String, Object> event = extracted(e[0], e[1]);
            event.put("site", "lv-mine-2");
            events.add(event);
        }
        expect(api.post("/api/v1/events", miner, Api.json(Map.of("events", events))));
        evaluator.drain();
        String auditor = keyFor("lv-auditor", Role.AUDITOR);
        assertThat(flagged(auditor, "lv2-")).isEmpty();

        // Decided on 7 October, recorded today: the two extractions from that day on were judged in force.
        expect(api.post("/api/v1/licences/LV-ML-2/status", keyFor("lv-reg-pb-2", Role.REGULATOR),
                Api.json(Map.of("status", "suspended", "effectiveFrom", "2025-10-07", "reason", "unsafe pit wall"))));
        evaluator.drain();
        assertThat(flagged(auditor, "lv2-")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "lv2-first-day", "suspended on 2025-10-07", "lv2-later", "suspended on 2025-10-12"));
        evaluator.drain();
        assertThat(flagged(auditor, "lv2-")).hasSize(2);
    }

    /** A copper lease granted on 1 January 2025 and a mine under it, both inside the same square. */
    private void licenceWithMine(String admin, String licence, String holder, String mine) {
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(72.7, 31.7), List.of(72.8, 31.7),
                List.of(72.8, 31.8), List.of(72.7, 31.8), List.of(72.7, 31.7))));
        expect(api.post("/api/v1/licences", admin, Api.json(Map.of("number", licence, "type", "mining-lease", "holder", holder,
                "province", "PK-PB", "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 5000)), "area", area,
                "granted", "2025-01-01", "expires", "2034-12-31"))));
        expect(api.post("/api/v1/sites", admin, Api.json(Map.of("id", mine, "name", mine, "kind", "mine", "lat", 31.75,
                "lon", 72.75, "operator", holder, "licence", licence))));
    }

    private Map<String, String> flagged(String key, String prefix) {
        Api.Reply reply = api.get("/api/v1/alerts?rule=LICENCE_NOT_VALID", key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, String> flagged = new TreeMap<>();
        for (JsonNode alert : reply.json().get("alerts")) {
            String event = alert.at("/evidence/eventIds/0").asString();
            if (event.startsWith(prefix)) {
                flagged.put(event, alert.at("/evidence/figures/status").asString() + " on " + alert.at("/evidence/figures/localDay").asString());
            }
        }
        return flagged;
    }

    private void decide(String key, String status, String effectiveFrom, String reason) {
        expect(api.post("/api/v1/licences/" + LICENCE + "/status", key,
                Api.json(Map.of("status", status, "effectiveFrom", effectiveFrom, "reason", reason))));
    }

    private static Map<String, Object> extracted(String id, String utc) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", "extracted", "time", utc));
        e.putAll(Map.of("lot", "LOT-" + id, "site", "lv-mine", "material", "cu-ore", "form", "ore", "massKg", "1000",
                "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.75, "lon", 72.75)));
        return e;
    }

    private void party(String admin, String id, String kind, String jurisdiction) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "country", "PK"));
        if (jurisdiction != null) {
            body.put("jurisdiction", jurisdiction);
        }
        expect(api.post("/api/v1/parties", admin, Api.json(body)));
    }

    private static void expect(Api.Reply reply) {
        assertThat(reply.status() / 100).as(reply.body()).isEqualTo(2);
    }
}
