package org.mizan.passport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mizan.custody.ConsignmentChain;
import org.mizan.kernel.PartyId;
import org.mizan.log.passport.PassportRegistryFacts;
import org.mizan.registry.Material;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;

import tools.jackson.databind.JsonNode;

/**
 * The registry facts a passport bundles for its verifier: under which licence each mined lot was
 * extracted, where each licence lies, each material's name, primary element and rung on the value-addition
 * ladder, the names of the exporter and buyer, the sites the chain names, and the element-balance
 * tolerance. The passport declares them as the registry's; anyone can compare them with the registry.
 */
final class RegistryFactsSection {

    private final Registry registry;
    private final SiteNames sites;
    private final LicencePlaces places;
    private final PassportConfiguration.ElementTolerance tolerance;

    RegistryFactsSection(Registry registry, SiteNames sites, LicencePlaces places, PassportConfiguration.ElementTolerance tolerance) {
        this.registry = registry;
        this.sites = sites;
        this.places = places;
        this.tolerance = tolerance;
    }

    PassportRegistryFacts facts(ConsignmentChain chain) {
        Map<String, String> extractedUnder = new TreeMap<>();
        Map<String, PassportRegistryFacts.Material> materials = new TreeMap<>();
        Map<String, PassportRegistryFacts.Site> siteFacts = new TreeMap<>();
        Map<String, ConsignmentChain.LotNode> lots = new LinkedHashMap<>();
        chain.lots().forEach(l -> lots.put(l.id(), l));
        for (ConsignmentChain.Event event : chain.events()) {
            JsonNode body = event.body();
            if ("extracted".equals(event.type())) {
                String lot = body.get("lot").asString();
                Optional.ofNullable(lots.get(lot)).map(l -> l.origin().keySet().iterator().next())
                        .ifPresent(licence -> extractedUnder.put(lot, licence));
            }
            materials(body).forEach(m -> materials.put(m, material(registry.catalogue().material(m))));
            String site = ChainSection.site(body);
            sites.site(site).ifPresent(s -> siteFacts.put(site, site(s)));
        }
        sites.site(chain.head().port()).ifPresent(s -> siteFacts.put(chain.head().port(), site(s)));
        return new PassportRegistryFacts(extractedUnder, licences(extractedUnder, chain), materials, null, parties(chain), siteFacts,
                tolerance.value().toPlainString());
    }

    private Map<String, PassportRegistryFacts.Place> licences(Map<String, String> extractedUnder, ConsignmentChain chain) {
        TreeSet<String> named = new TreeSet<>(extractedUnder.values());
        named.addAll(chain.originByLicence().keySet());
        named.remove(LicencePlaces.UNATTRIBUTED);
        Map<String, PassportRegistryFacts.Place> out = new TreeMap<>();
        named.forEach(licence -> {
            LicencePlaces.Place place = places.place(licence);
            out.put(licence, new PassportRegistryFacts.Place(place.district(), place.province()));
        });
        return out;
    }

    private Map<String, PassportRegistryFacts.Party> parties(ConsignmentChain chain) {
        Map<String, PassportRegistryFacts.Party> out = new TreeMap<>();
        for (String party : List.of(chain.head().exporter(), chain.head().buyer())) {
            registry.party(new PartyId(party)).ifPresent(p -> out.put(party, new PassportRegistryFacts.Party(p.name())));
        }
        return out;
    }

    private static PassportRegistryFacts.Material material(Material material) {
        return new PassportRegistryFacts.Material(material.name(), material.primaryElement().value(), material.stage());
    }

    /** A registry site as the passport states it; the chain's sites say the same, with the id. */
    static PassportRegistryFacts.Site site(Site site) {
        return new PassportRegistryFacts.Site(site.name(), site.kind().name().toLowerCase(Locale.ROOT),
                site.province().map(p -> p.value()).orElse(null), site.licence().map(l -> l.value()).orElse(null));
    }

    private static List<String> materials(JsonNode body) {
        List<String> materials = new ArrayList<>();
        if (body.hasNonNull("material")) {
            materials.add(body.get("material").asString());
        }
        body.path("outputs").forEach(o -> materials.add(o.path("material").asString()));
        return materials;
    }
}
