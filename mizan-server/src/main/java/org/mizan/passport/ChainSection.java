package org.mizan.passport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.custody.ConsignmentChain;
import org.mizan.registry.Site;

import tools.jackson.databind.JsonNode;

/** The processing chain: each step (event) with its site and process, the sites, the lots and which lot fed which. */
final class ChainSection {

    private final SiteNames sites;

    ChainSection(SiteNames sites) {
        this.sites = sites;
    }

    Map<String, Object> chain(ConsignmentChain chain) {
        List<Map<String, Object>> steps = new ArrayList<>();
        Set<String> siteIds = new LinkedHashSet<>();
        for (ConsignmentChain.Event event : chain.events()) {
            String site = site(event.body());
            if (!site.isEmpty()) {
                siteIds.add(site);
            }
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("eventId", event.eventId());
            step.put("type", event.type());
            step.put("time", event.time());
            step.put("actor", event.actor());
            step.put("site", site);
            if (event.body().hasNonNull("process")) {
                step.put("process", event.body().get("process").asString());
            }
            step.put("lots", lots(event.body()));
            steps.add(step);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("steps", steps);
        out.put("sites", siteIds.stream().map(this::site).toList());
        out.put("lots", chain.lots().stream().map(l -> Map.of("id", l.id(), "material", l.material(), "form", l.form(),
                "site", l.site())).toList());
        out.put("edges", chain.edges().stream().map(e -> Map.of("from", e.parent(), "to", e.child(), "eventId", e.eventId())).toList());
        return out;
    }

    private Map<String, Object> site(String id) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        Site site = sites.site(id).orElse(null);
        if (site != null) {
            out.put("name", site.name());
            out.put("kind", site.kind().name().toLowerCase(java.util.Locale.ROOT));
            site.province().ifPresent(p -> out.put("province", p.value()));
            site.licence().ifPresent(l -> out.put("licence", l.value()));
        }
        return out;
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
        body.path("lots").forEach(l -> lots.add(l.asString()));
        body.path("inputs").forEach(i -> lots.add(i.path("lot").asString()));
        body.path("outputs").forEach(o -> lots.add(o.path("lot").asString()));
        return List.copyOf(lots);
    }
}
