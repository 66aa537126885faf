package org.mizan.passport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.Api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's parties and keys, and a second consignment put on the books through the API that nobody
 * has published: 1000 kg of Chagai copper ore at 0.5 % Cu, 900 kg of it weighed in at the export yard,
 * 10 kg of that written off there.
 */
public final class DemoPassport {

    public static final String PUBLISHED = "PK-EXP-2025-10-0001";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoPassport() {
    }

    public static Map<String, String> keys(Path dataDir) {
        try {
            JsonNode keys = JSON.readTree(Files.readString(dataDir.resolve("demo-keys.json")));
            Map<String, String> out = new LinkedHashMap<>();
            keys.properties().stream().filter(e -> e.getValue().isString()).forEach(e -> out.put(e.getKey(), e.getValue().asString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the unpublished consignment once per database; returns its id. */
    static String unpublished(Api api, Map<String, String> keys) {
        String id = "PK-EXP-2025-11-0900";
        if (api.get("/api/v1/consignments/" + id, keys.get("mizan-operator")).status() == 200) {
            return id;
        }
        String fwo = keys.get("fwo");
        post(api, fwo, Map.of("eventId", "pp-ext-1", "type", "extracted", "time", "2025-11-03T08:00:00+05:00",
                "lot", "CHG-ORE-2025-0900", "site", "chagai-copper-pit", "material", "cu-ore", "form", "ore", "massKg", "1000",
                "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 29.101, "lon", 62.048)));
        post(api, fwo, Map.of("eventId", "pp-dsp-1", "type", "dispatched", "time", "2025-11-04T06:00:00+05:00",
                "lot", "CHG-ORE-2025-0900", "from", "chagai-copper-pit", "to", "fwo-export-yard",
                "permit", Map.of("number", "BA-TP-2025-11-0900", "vehicle", "LES-9000", "vehicleClass", "N3 articulated truck",
                        "maxPayloadKg", "40000", "validFrom", "2025-11-04T06:00:00+05:00", "validUntil", "2025-11-09T06:00:00+05:00")));
        post(api, fwo, Map.of("eventId", "pp-rcv-1", "type", "received", "time", "2025-11-07T10:00:00+05:00",
                "lot", "CHG-ORE-2025-0900", "site", "fwo-export-yard", "massKg", "900"));
        post(api, fwo, Map.of("eventId", "pp-lost-1", "type", "lost", "time", "2025-11-08T10:00:00+05:00",
                "lot", "CHG-ORE-2025-0900", "massKg", "10", "reason", "spilled while loading"));
        post(api, fwo, Map.of("eventId", "pp-exp-1", "type", "exported", "time", "2025-11-10T10:00:00+05:00",
                "consignment", id, "lots", List.of("CHG-ORE-2025-0900"), "port", "fwo-export-yard", "buyer", "usm",
                "destinationCountry", "US", "declaredValueUsd", "4100.00"));
        return id;
    }

    private static void post(Api api, String key, Map<String, Object> event) {
        Api.Reply reply = api.post("/api/v1/events", key, Api.json(event));
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError("Event refused: " + reply.body());
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String json) {
        return JSON.readValue(json, LinkedHashMap.class);
    }
}
