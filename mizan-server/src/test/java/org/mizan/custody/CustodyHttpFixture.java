package org.mizan.custody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.Api;

/**
 * Builds custody events in the API's JSON form and sets up a small registry over HTTP: a Punjab
 * licence with its mine, a plant, a laboratory and a port, each operated by its own party.
 */
final class CustodyHttpFixture {

    final String prefix;
    final String licence;
    final String mine;
    final String plant;
    final String lab;
    final String port;
    final String miner;
    final String processor;
    final String laboratory;
    final String regulator;

    CustodyHttpFixture(String prefix) {
        this.prefix = prefix;
        this.licence = prefix.toUpperCase() + "-ML-1";
        this.mine = prefix + "-mine";
        this.plant = prefix + "-plant";
        this.lab = prefix + "-lab";
        this.port = prefix + "-port";
        this.miner = prefix + "-miner";
        this.processor = prefix + "-processor";
        this.laboratory = prefix + "-assayer";
        this.regulator = prefix + "-regulator";
    }

    /** Registers parties, a copper licence around (lon, lat) in Punjab, and the sites; returns nothing, fails loudly. */
    void register(Api api, String admin, double lon, double lat) {
        for (String[] p : new String[][] {{miner, "company"}, {processor, "processor"}, {laboratory, "laboratory"}}) {
            expect(api.post("/api/v1/parties", admin, Api.json(Map.of("id", p[0], "name", p[0], "kind", p[1], "country", "PK"))), 201);
        }
        expect(api.post("/api/v1/parties", admin, Api.json(Map.of("id", regulator, "name", regulator, "kind", "regulator",
                "country", "PK", "jurisdiction", "PK-PB"))), 201);
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon, lat),
                List.of(lon + 0.1, lat), List.of(lon + 0.1, lat + 0.1), List.of(lon, lat + 0.1), List.of(lon, lat))));
        expect(api.post("/api/v1/licences", admin, Api.json(Map.of("number", licence, "type", "mining-lease", "holder", miner,
                "province", "PK-PB", "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 100000)),
                "area", area, "granted", "2024-01-01", "expires", "2034-12-31"))), 201);
        site(api, admin, mine, "mine", lat + 0.05, lon + 0.05, miner, licence);
        site(api, admin, plant, "plant", 31.40, 74.30, processor, null);
        site(api, admin, lab, "laboratory", 31.50, 74.35, laboratory, null);
        site(api, admin, port, "port", 24.80, 67.00, miner, null);
    }

    private static void site(Api api, String admin, String id, String kind, double lat, double lon, String operator, String licence) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "lat", lat, "lon", lon, "operator", operator));
        if (licence != null) {
            body.put("licence", licence);
        }
        expect(api.post("/api/v1/sites", admin, Api.json(body)), 201);
    }

    private static void expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Setup failed with " + reply.status() + ": " + reply.body());
        }
    }

    static String time(int hour) {
        return String.format("2025-09-01T%02d:00:00+05:00", hour);
    }

    Map<String, Object> extracted(String id, String lot, String kg, String cuGrade, int hour) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "extracted", "time", time(hour), "lot", lot, "site", mine,
                "material", "cu-ore", "form", "ore", "massKg", kg, "grades", Map.of("Cu", cuGrade),
                "location", Map.of("lat", 31.55, "lon", 72.55)));
    }

    Map<String, Object> dispatched(String id, String lot, String from, String to, int hour) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "dispatched", "time", time(hour), "lot", lot, "from", from, "to", to,
                "permit", Map.of("number", "PB-TP-" + id, "vehicle", "LEA-1234", "vehicleClass", "N3", "maxPayloadKg", "40000",
                        "validFrom", time(0), "validUntil", "2025-09-05T00:00:00+05:00")));
    }

    Map<String, Object> received(String id, String lot, String site, String kg, int hour) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "received", "time", time(hour), "lot", lot, "site", site, "massKg", kg));
    }

    Map<String, Object> processed(String id, String input, String inKg, String output, String outKg, String cuGrade, int hour) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "processed", "time", time(hour), "site", plant, "process", "flotation",
                "inputs", List.of(Map.of("lot", input, "massKg", inKg)),
                "outputs", List.of(Map.of("lot", output, "material", "cu-concentrate", "form", "concentrate", "massKg", outKg,
                        "grades", Map.of("Cu", cuGrade)))));
    }

    Map<String, Object> assayed(String id, String lot, String cuGrade, int hour) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "assayed", "time", time(hour), "lot", lot, "laboratory", lab,
                "grades", Map.of("Cu", cuGrade), "certificate", "CERT-" + id));
    }

    Map<String, Object> exported(String id, String consignment, List<String> lots, int hour) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "exported", "time", time(hour), "consignment", consignment,
                "lots", lots, "port", port, "buyer", processor, "destinationCountry", "US", "declaredValueUsd", "125000.50"));
    }

    Map<String, Object> lost(String id, String lot, String kg, int hour) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "lost", "time", time(hour), "lot", lot, "massKg", kg,
                "reason", "spillage"));
    }
}
