package org.mizan.log.passport;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What the verifier needs from the registry, declared in the passport: under which licence each lot was
 * extracted (or {@code unattributed}), where each licence lies, each material's name, primary element and
 * rung on the value-addition ladder, the names of parties and sites, and the element-balance tolerance.
 * The log does not prove these; they are public registry facts anyone can compare with the registry.
 */
final class RegistryFacts {

    record Place(String district, String province) {
    }

    record Material(String name, BigDecimal stage) {
    }

    record Site(String name, String kind, Optional<String> province, Optional<String> licence) {
    }

    private final Map<?, ?> facts;

    private RegistryFacts(Map<?, ?> facts) {
        this.facts = facts;
    }

    static RegistryFacts fromJson(Map<?, ?> facts) {
        Json.object(facts, "extractedUnder");
        Json.object(facts, "licences");
        Json.text(facts, "elementTolerance");
        return new RegistryFacts(facts);
    }

    Optional<String> extractedUnder(String lot) {
        return text(Leaves.key("extractedUnder", lot), Json.object(facts, "extractedUnder").get(lot));
    }

    BigDecimal elementTolerance() {
        return new BigDecimal(Json.text(facts, "elementTolerance"));
    }

    String primaryElement(String material) {
        if (facts.get("materials") instanceof Map<?, ?> materials && materials.get(material) instanceof Map<?, ?> fact) {
            return text(Leaves.key(Leaves.key("materials", material), "primaryElement"), fact.get("primaryElement"))
                    .orElseThrow(() -> new ReplayException("material " + material + " has no primary element in the registry facts"));
        }
        if (facts.get("primaryElements") instanceof Map<?, ?> v1) {
            return text(Leaves.key("primaryElements", material), v1.get(material))
                    .orElseThrow(() -> new ReplayException("material " + material + " has no primary element in the registry facts"));
        }
        throw new ReplayException("material " + material + " has no primary element in the registry facts");
    }

    Optional<Material> material(String material) {
        return entry("materials", material).map(fact -> {
            String path = Leaves.key("materials", material);
            String name = text(Leaves.key(path, "name"), fact.get("name")).orElse(material);
            if (!(fact.get("stage") instanceof Number stage)) {
                throw new IllegalArgumentException("registry fact " + Leaves.key(path, "stage") + " is not a number");
            }
            return new Material(name, new BigDecimal(stage.toString()));
        });
    }

    Place place(String licence) {
        String path = Leaves.key("licences", licence);
        Map<?, ?> place = entry("licences", licence)
                .orElseThrow(() -> new ReplayException("licence " + licence + " has no place in the registry facts"));
        return new Place(text(Leaves.key(path, "district"), place.get("district")).orElseThrow(() -> missing(path, "district")),
                text(Leaves.key(path, "province"), place.get("province")).orElseThrow(() -> missing(path, "province")));
    }

    /** The party's registered name, or its id if the registry facts name none. */
    String partyName(String party) {
        return entry("parties", party).flatMap(fact -> text(Leaves.key(Leaves.key("parties", party), "name"), fact.get("name")))
                .orElse(party);
    }

    Optional<Site> site(String site) {
        return entry("sites", site).map(fact -> {
            String path = Leaves.key("sites", site);
            return new Site(text(Leaves.key(path, "name"), fact.get("name")).orElse(site),
                    text(Leaves.key(path, "kind"), fact.get("kind")).orElseThrow(() -> missing(path, "kind")),
                    text(Leaves.key(path, "province"), fact.get("province")), text(Leaves.key(path, "licence"), fact.get("licence")));
        });
    }

    String siteName(String site) {
        return site(site).map(Site::name).orElse(site);
    }

    private Optional<Map<?, ?>> entry(String section, String key) {
        if (facts.get(section) instanceof Map<?, ?> entries && entries.get(key) instanceof Map<?, ?> fact) {
            return Optional.of(fact);
        }
        return Optional.empty();
    }

    private Optional<String> text(String path, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("registry fact " + path + " is not a string");
        }
        return Optional.of(text);
    }

    private static ReplayException missing(String path, String field) {
        return new ReplayException("registry fact " + Leaves.key(path, field) + " is missing");
    }


}
