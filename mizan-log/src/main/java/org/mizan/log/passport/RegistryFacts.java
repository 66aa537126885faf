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

    private final PassportRegistryFacts facts;

    private RegistryFacts(PassportRegistryFacts facts) {
        this.facts = facts;
    }

    static RegistryFacts of(PassportRegistryFacts facts) {
        Fields.required(facts, "evidence.registryFacts");
        Fields.required(facts.extractedUnder(), "evidence.registryFacts.extractedUnder");
        Fields.required(facts.licences(), "evidence.registryFacts.licences");
        Fields.required(facts.elementTolerance(), "evidence.registryFacts.elementTolerance");
        return new RegistryFacts(facts);
    }

    Optional<String> extractedUnder(String lot) {
        return Optional.ofNullable(facts.extractedUnder().get(lot));
    }

    BigDecimal elementTolerance() {
        return new BigDecimal(facts.elementTolerance());
    }

    String primaryElement(String material) {
        Optional<String> primary = facts.materials() != null
                ? entry(facts.materials(), material).map(PassportRegistryFacts.Material::primaryElement)
                : entry(facts.primaryElements(), material);
        return primary.orElseThrow(() -> new ReplayException("material " + material + " has no primary element in the registry facts"));
    }

    Optional<Material> material(String material) {
        return entry(facts.materials(), material).map(fact -> {
            if (fact.stage() == null) {
                throw new IllegalArgumentException("registry fact " + Leaves.key(Leaves.key("materials", material), "stage")
                        + " is not a number");
            }
            return new Material(fact.name() == null ? material : fact.name(), BigDecimal.valueOf(fact.stage()));
        });
    }

    Place place(String licence) {
        String path = Leaves.key("licences", licence);
        PassportRegistryFacts.Place place = entry(facts.licences(), licence)
                .orElseThrow(() -> new ReplayException("licence " + licence + " has no place in the registry facts"));
        return new Place(Optional.ofNullable(place.district()).orElseThrow(() -> missing(path, "district")),
                Optional.ofNullable(place.province()).orElseThrow(() -> missing(path, "province")));
    }

    /** The party's registered name, or its id if the registry facts name none. */
    String partyName(String party) {
        return entry(facts.parties(), party).map(PassportRegistryFacts.Party::name).orElse(party);
    }

    Optional<Site> site(String site) {
        return entry(facts.sites(), site).map(fact -> new Site(fact.name() == null ? site : fact.name(),
                Optional.ofNullable(fact.kind()).orElseThrow(() -> missing(Leaves.key("sites", site), "kind")),
                Optional.ofNullable(fact.province()), Optional.ofNullable(fact.licence())));
    }

    String siteName(String site) {
        return site(site).map(Site::name).orElse(site);
    }

    private static <T> Optional<T> entry(Map<String, T> section, String key) {
        return section == null ? Optional.empty() : Optional.ofNullable(section.get(key));
    }

    private static ReplayException missing(String path, String field) {
        return new ReplayException("registry fact " + Leaves.key(path, field) + " is missing");
    }
}
