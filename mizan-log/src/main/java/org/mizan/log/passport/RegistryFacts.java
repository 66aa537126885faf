package org.mizan.log.passport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the replay needs from the registry, declared in the passport: under which licence each lot was
 * extracted (or {@code unattributed}), where each licence lies, the element each material is traded for,
 * and the element-balance tolerance. The log does not prove these; they are public registry facts
 * anyone can compare with the registry.
 */
record RegistryFacts(Map<String, String> extractedUnder, Map<String, Place> licences, Map<String, String> primaryElements,
        BigDecimal elementTolerance) {

    record Place(String district, String province) {
    }

    static RegistryFacts fromJson(Map<?, ?> facts) {
        Map<String, String> extracted = strings(Json.object(facts, "extractedUnder"));
        Map<String, Place> licences = new LinkedHashMap<>();
        Json.object(facts, "licences").forEach((licence, place) -> licences.put((String) licence,
                new Place(Json.text((Map<?, ?>) place, "district"), Json.text((Map<?, ?>) place, "province"))));
        return new RegistryFacts(extracted, licences, strings(Json.object(facts, "primaryElements")),
                new BigDecimal(Json.text(facts, "elementTolerance")));
    }

    private static Map<String, String> strings(Map<?, ?> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    String primaryElement(String material) {
        String element = primaryElements.get(material);
        if (element == null) {
            throw new ReplayException("material " + material + " has no primary element in the registry facts");
        }
        return element;
    }

    Place place(String licence) {
        Place place = licences.get(licence);
        if (place == null) {
            throw new ReplayException("licence " + licence + " has no place in the registry facts");
        }
        return place;
    }
}
