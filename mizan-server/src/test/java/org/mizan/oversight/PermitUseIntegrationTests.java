package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Permits used as their regime does not allow, posted over HTTP: a single-use permit carrying a second
 * lot after its first trip ended, a lot leaving one second before its permit is valid; and what stays
 * quiet: a multi-use permit used again by its vehicle, a lot leaving at the second its permit opens.
 */
@TestPropertySource(properties = {"mizan.test.isolation=permituse", "mizan.oversight.evaluate=false"})
class PermitUseIntegrationTests extends OversightHttpTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-12-01T06:00:00+05:00");
    private static boolean posted;

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    private String admin;

    @BeforeEach
    void trips() {
        admin = adminKey();
        if (posted) {
            return;
        }
        register();
        String miner = keyFor("pu-miner", Role.OPERATOR);
        String plant = keyFor("pu-plant-co", Role.PROCESSOR);
        // Posted as they happen: each lot's extraction and dispatch, then its receipt.
        // One single-use permit, then one multi-use permit, each carrying two lots in turn on the same truck.
        trip(miner, plant, "A", permit("PU-TP-1", "LEB-100", T0, T0.plusHours(48), true), T0.plusHours(1));
        trip(miner, plant, "C", permit("PU-TP-2", "LEB-200", T0, T0.plusHours(48), false), T0.plusHours(1));
        trip(miner, plant, "B", permit("PU-TP-1", "LEB-100", T0, T0.plusHours(48), true), T0.plusHours(6));
        trip(miner, plant, "D", permit("PU-TP-2", "LEB-200", T0, T0.plusHours(48), false), T0.plusHours(6));
        // Two permits valid from 16:00: one lot leaves a second early, one on the second; neither states single use.
        trip(miner, plant, "E", permit("PU-TP-3", "LEB-300", T0.plusHours(10), T0.plusHours(48), null), T0.plusHours(10).minusSeconds(1));
        trip(miner, plant, "F", permit("PU-TP-4", "LEB-400", T0.plusHours(10), T0.plusHours(48), null), T0.plusHours(10));
        evaluator.drain();
        posted = true;
    }

    @Test
    void aSingleUsePermitUsedForASecondTripAfterTheFirstEndedIsOneAlertNamingBothDispatches() {
        List<JsonNode> reuse = alertsNaming("pu-d-A", "pu-d-B");
        assertThat(reuse).hasSize(1);
        JsonNode alert = reuse.get(0);
        assertThat(strings(alert.at("/evidence/eventIds"))).containsExactly("pu-d-A", "pu-d-B");
        assertThat(alert.at("/evidence/figures/violation").asString()).isEqualTo("single-use-reused");
        assertThat(alert.at("/evidence/figures/permit").asString()).isEqualTo("PU-TP-1");
        assertThat(alert.at("/evidence/figures/otherTripEnd").asString()).isEqualTo("2025-12-01T05:00Z");
        assertThat(alert.at("/evidence/figures/dispatchedAt").asString()).isEqualTo("2025-12-01T07:00Z");
        assertThat(strings(alert.at("/subject/lots"))).containsExactly("PU-B", "PU-A");
        assertThat(alert.get("explanation").asString()).contains("Single-use permit PU-TP-1", "pu-d-A", "pu-d-B");
    }

    @Test
    void aMultiUsePermitUsedAgainByItsVehicleIsQuiet() {
        assertThat(alertsNaming("pu-d-C")).isEmpty();
        assertThat(alertsNaming("pu-d-D")).isEmpty();
    }

    @Test
    void aDispatchOneSecondBeforeThePermitIsValidFiresAndOneAtItIsQuiet() {
        List<JsonNode> early = alertsNaming("pu-d-E");
        assertThat(early).hasSize(1);
        assertThat(strings(early.get(0).at("/evidence/eventIds"))).containsExactly("pu-d-E");
        assertThat(early.get(0).at("/evidence/figures/violation").asString()).isEqualTo("dispatched-outside-window");
        assertThat(early.get(0).at("/evidence/figures/dispatchedAt").asString()).isEqualTo("2025-12-01T10:59:59Z");
        assertThat(early.get(0).at("/evidence/figures/validFrom").asString()).isEqualTo("2025-12-01T11:00Z");
        assertThat(alertsNaming("pu-d-F")).isEmpty();
        assertThat(alertsNaming("pu-r-E")).as("the receipt is inside the window").isEmpty();
    }

    @Test
    void aStatedSingleUseIsKeptInTheBodyTheFactsAndTheTripAndAnUnstatedOneNowhere() {
        JsonNode dispatch = api.get("/api/v1/events/pu-d-A", admin).json();
        assertThat(dispatch.at("/event/permit/singleUse").booleanValue()).isTrue();
        assertThat(dispatch.at("/facts/permit/singleUse").booleanValue()).isTrue();
        assertThat(api.get("/api/v1/events/pu-r-A", admin).json().at("/facts/permit/singleUse").booleanValue()).isTrue();
        assertThat(api.get("/api/v1/events/pu-d-C", admin).json().at("/event/permit/singleUse").booleanValue()).isFalse();
        JsonNode unstated = api.get("/api/v1/events/pu-d-F", admin).json();
        assertThat(unstated.at("/event/permit").has("singleUse")).isFalse();
        assertThat(unstated.at("/facts/permit").has("singleUse")).isFalse();
        assertThat(api.get("/api/v1/events/pu-r-F", admin).json().at("/facts/permit").has("singleUse")).isFalse();
    }

    @Test
    void aSingleUseThatIsNotABooleanIsRefusedAndNothingIsWritten() {
        String miner = keyFor("pu-miner", Role.OPERATOR);
        assertThat(api.post("/api/v1/events", miner, Api.json(extracted("G"))).status()).isEqualTo(201);
        Map<String, Object> yes = permit("PU-TP-5", "LEB-500", T0, T0.plusHours(48), null);
        yes.put("singleUse", "yes");
        Api.Reply refused = api.post("/api/v1/events", miner, Api.json(dispatched("G", yes, T0.plusHours(1))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.type()).isEqualTo("/problems/wrong-type");
        assertThat(refused.json().get("field").asString()).isEqualTo("permit.singleUse");
        assertThat(api.get("/api/v1/events/pu-d-G", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/PU-G", admin).json().get("status").asString()).isEqualTo("at-site");
    }

    @Test
    void evaluatingTheStreamAgainRaisesNothingMoreAndRemembersEachTripOnce() {
        jdbc.sql("update oversight_cursor set seq = 0 where name = 'custody'").update();
        evaluator.drain();
        assertThat(alertsNaming("pu-d-A", "pu-d-B")).hasSize(1);
        assertThat(alertsNaming("pu-d-C")).isEmpty();
        assertThat(alertsNaming("pu-d-E")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from oversight_trip where permit = 'PU-TP-1'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theMigrationGivesRememberedTripsTheirVehicleAndClaimedOverlapsTheirPairedCause() throws Exception {
        List<String> statements = migration();
        jdbc.sql("update oversight_trip set vehicle = null where permit = 'PU-TP-2'").update();
        jdbc.sql(statements.stream().filter(q -> q.contains("set vehicle")).findFirst().orElseThrow()).update();
        assertThat(jdbc.sql("select distinct vehicle from oversight_trip where permit = 'PU-TP-2'").query(String.class).list())
                .containsExactly("LEB-200");

        String alert = jdbc.sql("select alert_id from oversight_alert_cause where cause = 'PERMIT_VIOLATION/dispatch-window/pu-d-E'")
                .query(String.class).single();
        // Claimed as before: the cause named the dispatch judged second, the last of the evidence.
        for (String[] claim : new String[][] {{"pu-z2", "pu-z1"}, {"pu-z1", "pu-z2"}}) {
            jdbc.sql("insert into oversight_alert_cause (cause, alert_id, event_ids, event_at) values (?, ?, ?, now())")
                    .params("PERMIT_VIOLATION/reuse/" + claim[1], alert, claim).update();
        }
        jdbc.sql(statements.stream().filter(q -> q.contains("update oversight_alert_cause")).findFirst().orElseThrow()).update();
        assertThat(jdbc.sql("select cause from oversight_alert_cause where cause like 'PERMIT_VIOLATION/reuse/pu-z%' order by cause")
                .query(String.class).list()).as("the first claim renamed, the second kept")
                .containsExactly("PERMIT_VIOLATION/reuse/pu-z1/pu-z2", "PERMIT_VIOLATION/reuse/pu-z2");
        assertThat(jdbc.sql("select count(*) from oversight_alert_cause where cause = 'PERMIT_VIOLATION/reuse/pu-z1/pu-z2'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private static List<String> migration() throws java.io.IOException {
        try (var in = PermitUseIntegrationTests.class.getResourceAsStream("/db/migration/V18__permit_use.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return List.of(sql.split(";"));
        }
    }

    private void register() {
        created(admin, "/api/v1/parties", Map.of("id", "pu-miner", "name", "pu-miner", "kind", "company", "country", "PK"));
        created(admin, "/api/v1/parties", Map.of("id", "pu-plant-co", "name", "pu-plant-co", "kind", "processor", "country", "PK"));
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(72.0, 32.0), List.of(72.1, 32.0),
                List.of(72.1, 32.1), List.of(72.0, 32.1), List.of(72.0, 32.0))));
        created(admin, "/api/v1/licences", Map.of("number", "PU-ML-1", "type", "mining-lease", "holder", "pu-miner", "province", "PK-PB",
                "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 10000)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"));
        created(admin, "/api/v1/sites", Map.of("id", "pu-mine", "name", "pu-mine", "kind", "mine", "lat", 32.05, "lon", 72.05,
                "operator", "pu-miner", "licence", "PU-ML-1"));
        created(admin, "/api/v1/sites", Map.of("id", "pu-plant", "name", "pu-plant", "kind", "plant", "lat", 32.30, "lon", 72.40,
                "operator", "pu-plant-co"));
    }

    /** A 25 t lot extracted at T0, dispatched at {@code leaves} and received three hours later, in full. */
    private void trip(String miner, String plant, String n, Map<String, Object> permit, OffsetDateTime leaves) {
        post(miner, List.of(extracted(n), dispatched(n, permit, leaves)));
        post(plant, List.of(event("pu-r-" + n, "received", leaves.plusHours(3), Map.of("lot", "PU-" + n, "site", "pu-plant",
                "massKg", "25000"))));
    }

    private static Map<String, Object> extracted(String n) {
        return event("pu-x-" + n, "extracted", T0, Map.of("lot", "PU-" + n, "site", "pu-mine", "material", "cu-ore", "form", "ore",
                "massKg", "25000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 32.05, "lon", 72.05)));
    }

    private static Map<String, Object> dispatched(String n, Map<String, Object> permit, OffsetDateTime leaves) {
        return event("pu-d-" + n, "dispatched", leaves, Map.of("lot", "PU-" + n, "from", "pu-mine", "to", "pu-plant", "permit", permit));
    }

    private static Map<String, Object> permit(String number, String vehicle, OffsetDateTime from, OffsetDateTime until, Boolean singleUse) {
        Map<String, Object> permit = new LinkedHashMap<>(Map.of("number", number, "vehicle", vehicle, "vehicleClass", "N3 truck",
                "maxPayloadKg", "40000", "validFrom", from.toString(), "validUntil", until.toString()));
        if (singleUse != null) {
            permit.put("singleUse", singleUse);
        }
        return permit;
    }

    private void post(String key, List<Map<String, Object>> events) {
        Api.Reply reply = api.post("/api/v1/events", key, Api.json(Map.of("events", events)));
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    }

    private void created(String key, String path, Map<String, Object> body) {
        Api.Reply reply = api.post(path, key, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    /** The permit alerts whose evidence names every one of the given events. */
    private List<JsonNode> alertsNaming(String... eventIds) {
        Api.Reply reply = api.get("/api/v1/alerts?rule=PERMIT_VIOLATION&limit=1000", admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        reply.json().get("alerts").forEach(a -> {
            if (strings(a.at("/evidence/eventIds")).containsAll(List.of(eventIds))) {
                out.add(a);
            }
        });
        return out;
    }
}
