package org.mizan.passport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mizan.custody.ConsignmentChain;
import org.mizan.log.passport.PassportChain;

import tools.jackson.databind.JsonNode;

/** The processing chain: each step (event) with its site and process, the sites, the lots and which lot fed which. */
final class ChainSection {

    private final SiteNames sites;

    ChainSection(SiteNames sites) {
        this.sites = sites;
    }

    PassportChain chain(ConsignmentChain chain) {
        List<PassportChain.Step> steps = new ArrayList<>();
        Set<String> siteIds = new LinkedHashSet<>();
        for (ConsignmentChain.Event event : chain.events()) {
            String site = site(event.body());
            if (!site.isEmpty()) {
                siteIds.add(site);
            }
            String process = event.body().hasNonNull("process") ? event.body().get("process").asString() : null;
            // An adjustment says what it removed, water or a sample, so that no reader takes it for the loss it is not.
            String adjustment = "adjusted".equals(event.type()) ? event.body().path("kind").asString() : null;
            String buyer = "transferred".equals(event.type()) ? event.body().path("buyer").asString() : null;
            steps.add(new PassportChain.Step(event.eventId(), event.type(), event.time(), event.actor(), site, process, lots(event.body()),
                    adjustment, buyer));
        }
        return new PassportChain(steps, siteIds.stream().map(this::site).toList(),
                chain.lots().stream().map(l -> new PassportChain.Lot(l.id(), l.material(), l.form(), l.site())).toList(),
                chain.edges().stream().map(e -> new PassportChain.Edge(e.parent(), e.child(), e.eventId())).toList());
    }

    /** A site the chain names, with its registry facts; an unknown site by its id alone. */
    private PassportChain.Site site(String id) {
        return sites.site(id).map(RegistryFactsSection::site)
                .map(f -> new PassportChain.Site(id, f.name(), f.kind(), f.province(), f.licence()))
                .orElse(new PassportChain.Site(id, null, null, null, null));
    }

    /** Where an event happened: the extraction, receipt or process site, the dispatch origin, the laboratory or the port. */
    static String site(JsonNode body) {
        for (String field : List.of("site", "from", "laboratory", "port")) {
            if (body.hasNonNull(field)) {
                return body.get(field).asString();
            }
        }
        return "";
    }

    static List<String> lots(JsonNode body) {
        Set<String> lots = new LinkedHashSet<>();
        if (body.hasNonNull("lot")) {
            lots.add(body.get("lot").asString());
        }
        if (body.hasNonNull("newLot")) {
            lots.add(body.get("newLot").asString());
        }
        body.path("lots").forEach(l -> lots.add(l.asString()));
        body.path("inputs").forEach(i -> lots.add(i.path("lot").asString()));
        body.path("outputs").forEach(o -> lots.add(o.path("lot").asString()));
        return List.copyOf(lots);
    }
}
