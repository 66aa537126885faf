package org.mizan.log.passport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.mizan.log.assay.Oxide;

/**
 * Replays the disclosed events of a consignment's chain, in log order, the way custody applied them:
 * extraction opens a lot, a partial dispatch splits a new lot off one, receipt replaces a lot's mass with the
 * weighed one, processing consumes inputs
 * and opens outputs, tailings and slag as well as products, whose origin is the mix of the inputs' (with the
 * unexplained part of a breached element balance of all outputs together unattributed), assays update the grades they report (an oxide's as its element's) and keep the others, loss and export
 * take mass away, a sample takes mass at the lot's grades and drying takes water, raising the grades so that no metal leaves.
 */
final class ChainReplay {

    // Custody's grades hold twelve decimals (Grade.MAX_SCALE); a dried grade is rounded there.
    private static final int DRY_GRADE_SCALE = 12;

    private final RegistryFacts facts;
    private final Map<String, ChainLot> lots = new HashMap<>();
    // A lot's identity is its id in lower case; events may name it in any case, the replay by its creating spelling.
    private final Map<String, String> spelling = new HashMap<>();
    private final Map<String, Long> exported = new LinkedHashMap<>();
    private final List<String> created = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, List<Map<?, ?>>> assays = new HashMap<>();
    private final String consignment;
    private Map<?, ?> export;

    private ChainReplay(RegistryFacts facts, String consignment) {
        this.facts = facts;
        this.consignment = consignment;
    }

    /**
     * The replayed lots, the exported mass of each line of the consignment, the export event, the lots in
     * the order the events created them (by id within one event) and every processing or split edge in log order.
     */
    record Result(Map<String, ChainLot> lots, Map<String, Long> exportedGrams, Map<?, ?> export, List<String> created,
            List<Edge> edges, Map<String, List<Map<?, ?>>> assays) {
    }

    /** Input lot {@code parent} fed output lot {@code child}, or {@code child} was split off it, in event {@code eventId}. */
    record Edge(String parent, String child, String eventId) {
    }

    static Result replay(List<Map<?, ?>> eventsInLogOrder, RegistryFacts facts, String consignment) {
        ChainReplay replay = new ChainReplay(facts, consignment);
        eventsInLogOrder.forEach(replay::apply);
        if (replay.export == null) {
            throw new ReplayException("no disclosed event exports consignment " + consignment + " (the passportIdentifier)");
        }
        return new Result(replay.lots, replay.exported, replay.export, replay.created, replay.edges, replay.assays);
    }

    private void apply(Map<?, ?> e) {
        String type = Json.text(e, "type");
        switch (type) {
            case "extracted" -> extracted(e);
            case "received" -> put(lot(e, "lot").withAvailable(Kilograms.grams(e.get("massKg"))).at(Json.text(e, "site")));
            case "processed" -> processed(e);
            case "assayed" -> assayed(e);
            case "lost" -> take(lot(e, "lot"), Kilograms.grams(e.get("massKg")));
            case "adjusted" -> adjusted(e);
            // A sale moves no mass and changes no grade; the lot it names must be one the chain holds.
            case "transferred" -> lot(e, "lot");
            case "exported" -> exported(e);
            case "dispatched" -> dispatched(e);
            default -> throw new ReplayException("event " + e.get("eventId") + " has unknown type " + type);
        }
    }

    private void extracted(Map<?, ?> e) {
        String id = Json.text(e, "lot");
        String licence = facts.extractedUnder(id).orElse(OriginMix.UNATTRIBUTED);
        create(new ChainLot(id, Json.text(e, "material"), Json.text(e, "form"), Json.text(e, "site"), Kilograms.grams(e.get("massKg")),
                ChainLot.grades(e.get("grades")), OriginMix.wholly(licence)));
    }

    /**
     * A whole lot stays as it is, at its dispatch site; a partial dispatch ({@code newLot} and {@code massKg}) takes the
     * mass from the lot and opens the new lot there with the lot's material, form, grades and origin, fed by it.
     */
    private void dispatched(Map<?, ?> e) {
        ChainLot lot = lot(e, "lot");
        if (e.get("newLot") == null) {
            return;
        }
        long grams = Kilograms.grams(e.get("massKg"));
        take(lot, grams);
        String child = Json.text(e, "newLot");
        create(new ChainLot(child, lot.material(), lot.form(), lot.site(), grams, lot.grades(), lot.origin(), lot.role()));
        edges.add(new Edge(lot.id(), spelled(child), Json.text(e, "eventId")));
    }

    private void assayed(Map<?, ?> e) {
        ChainLot lot = lot(e, "lot");
        SortedMap<String, BigDecimal> grades = new TreeMap<>(lot.grades());
        grades.putAll(ChainLot.grades(e.get("grades")));
        // Oxide figures are committed as the laboratory reported them; their element grades are recomputed here.
        ChainLot.grades(e.get("oxides")).forEach((formula, grade) -> {
            Oxide oxide;
            try {
                oxide = Oxide.of(formula);
            } catch (IllegalArgumentException x) {
                throw new ReplayException("event " + e.get("eventId") + " field oxides." + formula + ": " + x.getMessage());
            }
            grades.put(oxide.element(), oxide.elementGrade(grade));
        });
        put(lot.withGrades(grades));
        assays.computeIfAbsent(lot.id(), k -> new ArrayList<>()).add(e);
    }

    /**
     * A sample takes mass at the lot's grades; drying takes water, so each grade is multiplied by the wet mass over the
     * dry one and rounded half-even to twelve decimals, as custody rounds it, and the contained metal stays.
     */
    private void adjusted(Map<?, ?> e) {
        ChainLot lot = lot(e, "lot");
        long wet = lot.availableGrams();
        long dry = wet - Kilograms.grams(e.get("massKg"));
        ChainLot left = lot.withAvailable(dry);
        if (!"moisture".equals(e.get("kind"))) {
            put(left);
            return;
        }
        if (dry == 0) {
            throw new ReplayException("event " + e.get("eventId") + " dries lot " + lot.id() + " to nothing");
        }
        SortedMap<String, BigDecimal> grades = new TreeMap<>();
        lot.grades().forEach((element, grade) -> grades.put(element, grade.multiply(BigDecimal.valueOf(wet))
                .divide(BigDecimal.valueOf(dry), DRY_GRADE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros()));
        put(left.withGrades(grades));
    }

    private void exported(Map<?, ?> e) {
        boolean ours = consignment.equals(e.get("consignment"));
        if (ours && export != null) {
            throw new ReplayException("consignment " + consignment + " is exported twice, by " + export.get("eventId") + " and "
                    + e.get("eventId"));
        }
        if (ours) {
            export = e;
        }
        for (Object id : Json.array(e, "lots")) {
            ChainLot lot = lot((String) id);
            if (lot.waste()) {
                throw new ReplayException("event " + e.get("eventId") + " exports lot " + lot.id() + ", which is " + lot.role()
                        + ": custody exports no tailings or slag");
            }
            if (ours) {
                exported.put(lot.id(), lot.availableGrams());
            }
            put(lot.withAvailable(0).at(Json.text(e, "port")));
        }
    }

    private record Feed(ChainLot lot, long grams) {
    }

    private void processed(Map<?, ?> e) {
        List<Feed> feeds = new ArrayList<>();
        boolean wholeFeed = true;
        for (Object node : Json.array(e, "inputs")) {
            Map<?, ?> input = (Map<?, ?>) node;
            ChainLot lot = lots.get(spelled(Json.text(input, "lot")));
            if (lot == null) {
                wholeFeed = false;
                continue;
            }
            long grams = Kilograms.grams(input.get("massKg"));
            take(lot, grams);
            feeds.add(new Feed(lot, grams));
        }
        // A process that also took lots from outside this chain made outputs that are not in it either.
        if (wholeFeed) {
            produce(e, feeds);
        }
        List<Edge> fed = new ArrayList<>();
        for (Object input : Json.array(e, "inputs")) {
            for (Object output : Json.array(e, "outputs")) {
                fed.add(new Edge(spelled(Json.text((Map<?, ?>) input, "lot")), spelled(Json.text((Map<?, ?>) output, "lot")),
                        Json.text(e, "eventId")));
            }
        }
        fed.sort(java.util.Comparator.comparing(Edge::parent).thenComparing(Edge::child));
        fed.stream().distinct().forEach(edges::add);
    }

    private void produce(Map<?, ?> e, List<Feed> feeds) {
        Map<String, BigDecimal> unexplained = unexplained(feeds, Json.array(e, "outputs"));
        Map<String, SortedMap<String, BigDecimal>> byElement = new TreeMap<>();
        List<ChainLot> made = new ArrayList<>();
        for (Object node : Json.array(e, "outputs")) {
            Map<?, ?> output = (Map<?, ?>) node;
            String material = Json.text(output, "material");
            String primary = facts.primaryElement(material);
            SortedMap<String, BigDecimal> origin = byElement.computeIfAbsent(primary,
                    element -> OriginMix.withUnattributed(inherited(feeds, element), unexplained.getOrDefault(element, BigDecimal.ZERO)));
            made.add(new ChainLot(Json.text(output, "lot"), material, Json.text(output, "form"), Json.text(e, "site"),
                    Kilograms.grams(output.get("massKg")), ChainLot.grades(output.get("grades")), origin, role(output)));
        }
        made.sort(java.util.Comparator.comparing(ChainLot::id));
        made.forEach(this::create);
    }

    // Absent, the plant's product, as every output was before roles.
    private static String role(Map<?, ?> output) {
        return output.get("role") == null ? ChainLot.PRODUCT : Json.text(output, "role");
    }

    private static SortedMap<String, BigDecimal> inherited(List<Feed> feeds, String primary) {
        List<OriginMix.Contribution> byElement = new ArrayList<>();
        List<OriginMix.Contribution> byGross = new ArrayList<>();
        for (Feed feed : feeds) {
            long weight = feed.lot().contained(primary, feed.grams()).orElse(feed.grams());
            byElement.add(new OriginMix.Contribution(feed.lot().origin(), weight));
            byGross.add(new OriginMix.Contribution(feed.lot().origin(), feed.grams()));
        }
        boolean noneBrought = byElement.stream().allMatch(c -> c.weightGrams() == 0);
        return OriginMix.mix(noneBrought ? byGross : byElement);
    }

    /** Per element, the fraction of the output no input explains when output exceeds input beyond the tolerance. */
    private Map<String, BigDecimal> unexplained(List<Feed> feeds, List<?> outputs) {
        Map<String, Long> in = new TreeMap<>();
        feeds.forEach(f -> ChainLot.contained(f.lot().grades(), f.grams()).forEach((el, g) -> in.merge(el, g, Long::sum)));
        Map<String, Long> out = new TreeMap<>();
        for (Object node : outputs) {
            Map<?, ?> o = (Map<?, ?>) node;
            ChainLot.contained(ChainLot.grades(o.get("grades")), Kilograms.grams(o.get("massKg")))
                    .forEach((el, g) -> out.merge(el, g, Long::sum));
        }
        Map<String, BigDecimal> fractions = new TreeMap<>();
        out.forEach((element, produced) -> {
            long fed = in.getOrDefault(element, 0L);
            BigDecimal allowed = BigDecimal.valueOf(fed).multiply(BigDecimal.ONE.add(facts.elementTolerance()));
            if (BigDecimal.valueOf(produced).compareTo(allowed) > 0) {
                fractions.put(element, BigDecimal.valueOf(produced - fed)
                        .divide(BigDecimal.valueOf(produced), OriginMix.SCALE, RoundingMode.HALF_EVEN));
            }
        });
        return fractions;
    }

    private void take(ChainLot lot, long grams) {
        put(lot.withAvailable(lot.availableGrams() - grams));
    }

    private void put(ChainLot lot) {
        lots.put(lot.id(), lot);
    }

    private void create(ChainLot lot) {
        if (spelling.containsKey(key(lot.id()))) {
            throw new ReplayException("lot " + lot.id() + " is created twice");
        }
        spelling.put(key(lot.id()), lot.id());
        created.add(lot.id());
        put(lot);
    }

    private ChainLot lot(Map<?, ?> node, String field) {
        return lot(Json.text(node, field));
    }

    private ChainLot lot(String id) {
        ChainLot lot = lots.get(spelled(id));
        if (lot == null) {
            throw new ReplayException("lot " + id + " is used before any disclosed event creates it");
        }
        return lot;
    }

    private String spelled(String id) {
        return spelling.getOrDefault(key(id), id);
    }

    private static String key(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
