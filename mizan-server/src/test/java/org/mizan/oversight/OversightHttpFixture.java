package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.Api;
import org.mizan.kernel.PartyId;
import org.mizan.security.ApiKeys;
import org.mizan.security.Role;

/**
 * A Punjab copper licence (50 t a year) with its mine near Jhang and a plant in Lahore, parties with
 * keys, and a story whose every step but the first is a red flag: a short truck, a reused permit on
 * an impossibly fast trip, a mine tagging outside its area and past its capacity, a plant with
 * surplus copper.
 */
final class OversightHttpFixture {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2025-09-01T06:00:00+05:00");

    final String miner = "ov-miner";
    final String processor = "ov-processor";
    final String mine = "ov-mine";
    final String plant = "ov-plant";
    final String licence = "OV-ML-1";
    final String minerKey;
    final String processorKey;
    final String punjabRegulatorKey;
    final String sindhRegulatorKey;
    final String auditorKey;
    final String strangerKey;
    private final Api api;

    OversightHttpFixture(Api api, String admin, ApiKeys keys) {
        this.api = api;
        party(admin, miner, "company", null);
        party(admin, processor, "processor", null);
        party(admin, "ov-reg-pb", "regulator", "PK-PB");
        party(admin, "ov-reg-sd", "regulator", "PK-SD");
        party(admin, "ov-stranger", "company", null);
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(72.5, 31.5), List.of(72.6, 31.5),
                List.of(72.6, 31.6), List.of(72.5, 31.6), List.of(72.5, 31.5))));
        expect(api.post("/api/v1/licences", admin, Api.json(Map.of("number", licence, "type", "mining-lease", "holder", miner,
                "province", "PK-PB", "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 50)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"))));
        expect(api.post("/api/v1/sites", admin, Api.json(Map.of("id", mine, "name", mine, "kind", "mine", "lat", 31.55, "lon", 72.55,
                "operator", miner, "licence", licence))));
        expect(api.post("/api/v1/sites", admin, Api.json(Map.of("id", plant, "name", plant, "kind", "plant", "lat", 31.52, "lon", 74.35,
                "operator", processor))));
        minerKey = keys.issue(new PartyId(miner), Role.OPERATOR).secret();
        processorKey = keys.issue(new PartyId(processor), Role.PROCESSOR).secret();
        punjabRegulatorKey = keys.issue(new PartyId("ov-reg-pb"), Role.REGULATOR).secret();
        sindhRegulatorKey = keys.issue(new PartyId("ov-reg-sd"), Role.REGULATOR).secret();
        auditorKey = keys.issue(new PartyId("ov-stranger"), Role.AUDITOR).secret();
        strangerKey = keys.issue(new PartyId("ov-stranger"), Role.OPERATOR).secret();
    }

    /** Posts the story; returns nothing, fails loudly. */
    void story() {
        post(minerKey, List.of(
                extracted("ov-x1", "OV-A", "30000", 31.55, 72.55, 0),
                extracted("ov-x2", "OV-B", "10000", 31.62, 72.55, 1),
                extracted("ov-x3", "OV-C", "10000", 31.56, 72.56, 2),
                extracted("ov-x4", "OV-D", "1000", 31.57, 72.57, 3),
                dispatched("ov-d1", "OV-A", "PB-TP-1", 4),
                dispatched("ov-d2", "OV-B", "PB-TP-1", 6)));
        post(processorKey, List.of(
                received("ov-r1", "OV-A", "28150", T0.plusHours(14)),
                received("ov-r2", "OV-B", "10000", T0.plusHours(6).plusMinutes(20)),
                processed("ov-p1", T0.plusDays(1))));
    }

    private Map<String, Object> extracted(String id, String lot, String kg, double lat, double lon, int hour) {
        return event(id, "extracted", T0.plusHours(hour), Map.of("lot", lot, "site", mine, "material", "cu-ore", "form", "ore",
                "massKg", kg, "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", lat, "lon", lon)));
    }

    private Map<String, Object> dispatched(String id, String lot, String permit, int hour) {
        return event(id, "dispatched", T0.plusHours(hour), Map.of("lot", lot, "from", mine, "to", plant, "permit", Map.of("number", permit,
                "vehicle", "LEA-1", "vehicleClass", "N3", "maxPayloadKg", "40000", "validFrom", T0.toString(),
                "validUntil", T0.plusDays(2).toString())));
    }

    private Map<String, Object> received(String id, String lot, String kg, OffsetDateTime at) {
        return event(id, "received", at, Map.of("lot", lot, "site", plant, "massKg", kg));
    }

    private Map<String, Object> processed(String id, OffsetDateTime at) {
        // Inputs carry 140.75 + 50 kg Cu; 800 kg of concentrate at 27 % carry 216 kg.
        return event(id, "processed", at, Map.of("site", plant, "process", "flotation",
                "inputs", List.of(Map.of("lot", "OV-A", "massKg", "28150"), Map.of("lot", "OV-B", "massKg", "10000")),
                "outputs", List.of(Map.of("lot", "OV-CONC", "material", "cu-concentrate", "form", "concentrate", "massKg", "800",
                        "grades", Map.of("Cu", "0.27")))));
    }

    private static Map<String, Object> event(String id, String type, OffsetDateTime at, Map<String, Object> fields) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", type, "time", at.toString()));
        e.putAll(fields);
        return e;
    }

    void post(String key, List<Map<String, Object>> events) {
        expect(api.post("/api/v1/events", key, Api.json(Map.of("events", events))));
    }

    private void party(String admin, String id, String kind, String jurisdiction) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "country", "PK"));
        if (jurisdiction != null) {
            body.put("jurisdiction", jurisdiction);
        }
        expect(api.post("/api/v1/parties", admin, Api.json(body)));
    }

    private static void expect(Api.Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new AssertionError("Setup failed with " + reply.status() + ": " + reply.body());
        }
    }
}
