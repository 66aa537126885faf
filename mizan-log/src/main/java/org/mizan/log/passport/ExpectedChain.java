package org.mizan.log.passport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chain section as the disclosed events say it must read: one step per event in log order (its
 * site, process and lots), the sites the steps name with their registry facts, the lots upstream of the
 * consignment in the order the events created them, and which lot fed which.
 */
final class ExpectedChain {

    private ExpectedChain() {
    }

    static void of(Expected out, ChainReplay.Result replay, RegistryFacts facts, List<DisclosedEvent> events) {
        Set<String> sites = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Map<?, ?> e = events.get(i).event();
            String path = "chain.steps[" + i + "]";
            String source = Expected.byEvent(e.get("eventId"));
            out.put(path + ".eventId", e.get("eventId"), source);
            out.put(path + ".type", e.get("type"), source);
            out.put(path + ".time", ExpectedPassport.instant(e.get("time")), source);
            out.put(path + ".actor", e.get("actor"), source);
            String site = site(e);
            out.put(path + ".site", site, source);
            if (e.get("process") != null) {
                out.put(path + ".process", e.get("process"), source);
            }
            list(out, path + ".lots", new ArrayList<>(lots(e)), source);
            if ("adjusted".equals(e.get("type"))) {
                out.put(path + ".adjustment", e.get("kind"), source);
            }
            if ("transferred".equals(e.get("type"))) {
                out.put(path + ".buyer", e.get("buyer"), source);
            }
            if (!site.isEmpty()) {
                sites.add(site);
            }
        }
        sites(out, new ArrayList<>(sites), facts);
        Set<String> reach = reach(replay);
        List<String> lots = replay.created().stream().filter(reach::contains).toList();
        if (lots.isEmpty()) {
            out.empty("chain.lots", true);
        }
        for (int i = 0; i < lots.size(); i++) {
            ChainLot lot = replay.lots().get(lots.get(i));
            String path = "chain.lots[" + i + "]";
            out.put(path + ".id", lot.id(), Expected.EVENTS);
            out.put(path + ".material", lot.material(), Expected.EVENTS);
            out.put(path + ".form", lot.form(), Expected.EVENTS);
            out.put(path + ".site", lot.site(), Expected.EVENTS);
        }
        List<ChainReplay.Edge> edges = replay.edges().stream().filter(e -> reach.contains(e.child())).toList();
        if (edges.isEmpty()) {
            out.empty("chain.edges", true);
        }
        for (int i = 0; i < edges.size(); i++) {
            String path = "chain.edges[" + i + "]";
            ChainReplay.Edge edge = edges.get(i);
            out.put(path + ".from", edge.parent(), Expected.byEvent(edge.eventId()));
            out.put(path + ".to", edge.child(), Expected.byEvent(edge.eventId()));
            out.put(path + ".eventId", edge.eventId(), Expected.byEvent(edge.eventId()));
        }
    }

    /** The assays of a lot in log order: the last one's grades are its purity. */
    static void assays(Expected out, String path, String lot, ChainReplay.Result replay, RegistryFacts facts) {
        List<Map<?, ?>> assays = replay.assays().getOrDefault(lot, List.of());
        if (assays.isEmpty()) {
            out.empty(path, true);
        }
        for (int i = 0; i < assays.size(); i++) {
            Map<?, ?> e = assays.get(i);
            String source = Expected.byEvent(e.get("eventId"));
            String at = path + "[" + i + "]";
            out.put(at + ".laboratory", e.get("laboratory"), source);
            out.put(at + ".laboratoryName", facts.siteName(Json.text(e, "laboratory")), Expected.FACTS);
            out.put(at + ".date", ExpectedPassport.instant(e.get("time")), source);
            out.put(at + ".certificateNumber", e.get("certificate") == null ? "" : e.get("certificate"), source);
            out.put(at + ".eventId", e.get("eventId"), source);
            ChainLot.grades(e.get("oxides")).forEach((formula, grade) -> out.figure(at + ".oxides." + formula, grade, source));
        }
    }

    /** Where an event happened: the extraction, receipt or process site, the dispatch origin, the laboratory or the port. */
    static String site(Map<?, ?> event) {
        for (String field : List.of("site", "from", "laboratory", "port")) {
            if (event.get(field) instanceof String site) {
                return site;
            }
        }
        return "";
    }

    private static Set<String> lots(Map<?, ?> e) {
        Set<String> lots = new LinkedHashSet<>();
        if (e.get("lot") instanceof String lot) {
            lots.add(lot);
        }
        if (e.get("newLot") instanceof String lot) {
            lots.add(lot);
        }
        if (e.get("lots") instanceof List<?> list) {
            list.forEach(l -> lots.add((String) l));
        }
        for (String field : List.of("inputs", "outputs")) {
            if (e.get(field) instanceof List<?> list) {
                list.forEach(i -> lots.add(Json.text((Map<?, ?>) i, "lot")));
            }
        }
        return lots;
    }

    private static void sites(Expected out, List<String> sites, RegistryFacts facts) {
        if (sites.isEmpty()) {
            out.empty("chain.sites", true);
        }
        for (int i = 0; i < sites.size(); i++) {
            String path = "chain.sites[" + i + "]";
            String id = sites.get(i);
            out.put(path + ".id", id, Expected.EVENTS);
            facts.site(id).ifPresent(site -> {
                out.put(path + ".name", site.name(), Expected.FACTS);
                out.put(path + ".kind", site.kind(), Expected.FACTS);
                site.province().ifPresent(p -> out.put(path + ".province", p, Expected.FACTS));
                site.licence().ifPresent(l -> out.put(path + ".licence", l, Expected.FACTS));
            });
        }
    }

    private static void list(Expected out, String path, List<String> values, String source) {
        if (values.isEmpty()) {
            out.empty(path, true);
        }
        for (int i = 0; i < values.size(); i++) {
            out.put(path + "[" + i + "]", values.get(i), source);
        }
    }

    /** The consignment's lots and, recursively, every lot that fed one of them. */
    private static Set<String> reach(ChainReplay.Result replay) {
        Map<String, List<String>> parents = new HashMap<>();
        replay.edges().forEach(e -> parents.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(e.parent()));
        Set<String> reach = new HashSet<>();
        List<String> todo = new ArrayList<>(replay.exportedGrams().keySet());
        while (!todo.isEmpty()) {
            String lot = todo.remove(todo.size() - 1);
            if (reach.add(lot)) {
                todo.addAll(parents.getOrDefault(lot, List.of()));
            }
        }
        return reach;
    }
}
