package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Custody events in the API's JSON form. */
final class Events {

    private Events() {
    }

    static Map<String, Object> extracted(String id, OffsetDateTime at, String lot, World.Mine mine, String material, long grams,
            double grade, double[] location) {
        Map<String, Object> e = head(id, "extracted", at);
        e.put("lot", lot);
        e.put("site", mine.id());
        e.put("material", material);
        e.put("form", "ore");
        e.put("massKg", kg(grams));
        e.put("grades", Map.of(material.startsWith("cu") ? "Cu" : "Sb", fraction(grade)));
        e.put("location", Map.of("lat", location[0], "lon", location[1]));
        return e;
    }

    static Map<String, Object> dispatched(String id, OffsetDateTime at, String lot, String from, String to, String permit, long payloadGrams,
            OffsetDateTime validFrom, OffsetDateTime validUntil, long scaleResolutionGrams) {
        Map<String, Object> e = head(id, "dispatched", at);
        e.put("lot", lot);
        e.put("from", from);
        e.put("to", to);
        // Every simulated permit is a one-trip transit pass, as the e-permit regimes issue them.
        e.put("permit", Map.of("number", permit, "vehicle", "TRK-" + Math.abs(permit.hashCode() % 9000), "vehicleClass", "N3 truck",
                "maxPayloadKg", kg(payloadGrams), "validFrom", validFrom.toString(), "validUntil", validUntil.toString(), "singleUse", true));
        e.put("scaleResolutionKg", kg(scaleResolutionGrams));
        return e;
    }

    static Map<String, Object> adjusted(String id, OffsetDateTime at, String lot, long waterGrams, String moisture) {
        Map<String, Object> e = head(id, "adjusted", at);
        e.put("lot", lot);
        e.put("kind", "moisture");
        e.put("massKg", kg(waterGrams));
        e.put("moisture", moisture);
        return e;
    }

    static Map<String, Object> received(String id, OffsetDateTime at, String lot, String site, long grams, long scaleResolutionGrams) {
        Map<String, Object> e = head(id, "received", at);
        e.put("lot", lot);
        e.put("site", site);
        e.put("massKg", kg(grams));
        e.put("scaleResolutionKg", kg(scaleResolutionGrams));
        return e;
    }

    static Map<String, Object> processed(String id, OffsetDateTime at, String site, List<Shipment> inputs, String output, String material,
            long grams, String element, double grade) {
        Map<String, Object> e = head(id, "processed", at);
        e.put("site", site);
        e.put("process", "flotation");
        e.put("inputs", inputs.stream().map(s -> Map.of("lot", s.lot(), "massKg", kg(s.receivedGrams()))).toList());
        e.put("outputs", List.of(Map.of("lot", output, "material", material, "form", "concentrate", "massKg", kg(grams),
                "grades", Map.of(element, fraction(grade)))));
        return e;
    }

    static Map<String, Object> assayed(String id, OffsetDateTime at, String lot, String lab, String element, double grade) {
        Map<String, Object> e = head(id, "assayed", at);
        e.put("lot", lot);
        e.put("laboratory", lab);
        e.put("grades", Map.of(element, fraction(grade)));
        e.put("certificate", "C-" + id);
        return e;
    }

    private static Map<String, Object> head(String id, String type, OffsetDateTime at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", id);
        e.put("type", type);
        e.put("time", at.toString());
        return e;
    }

    static String kg(long grams) {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }

    static String fraction(double grade) {
        return BigDecimal.valueOf(Math.max(0.000001, Math.min(1, grade))).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
