package org.mizan.cli.simulate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a calendar year of custody events week by week: mines extract and dispatch, plants
 * receive and process, a laboratory assays concentrates, plants send some of them to the port, which
 * exports them. Each week comes in five phases that must be posted in order (mines, plants, the
 * laboratory, plants again, the port). Anomalies are injected at the settings' rate, one kind at most per
 * lot, and labelled. Every dispatch from a mine owes a royalty, kept with its amount for the companies to pay.
 * Honest operations do what real ones do: output follows the seasons, some mines dry their ore before dispatch, some
 * stockpile and report a month at once, and a regulator's suspension may be recorded a week after the days it covers.
 */
final class Economy {

    static final ZoneOffset PKT = ZoneOffset.ofHours(5);

    private final SimulationSettings s;
    private final World world;
    private final Random random;
    private final Anomalies anomalies;
    private final Weighbridges scales;
    private final Grading grading;
    private final Hopping hopping;
    private final FiscalRegime regime;
    private final Exports exports;
    private final Drying drying;
    private final Stockpile stock;
    private final Suspensions suspensions;
    private List<Suspensions.Decision> decisions = List.of();
    private final List<Label> labels = new ArrayList<>();
    private final List<Royalty> royalties = new ArrayList<>();
    private final Map<String, List<Shipment>> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> history = new LinkedHashMap<>();
    private final Map<String, List<OffsetDateTime>> launderedRuns = new LinkedHashMap<>();
    // Per mine, a permit of an honest trip this week, and one of a trip whose receipt was posted in an earlier week.
    private final Map<String, String> usedThisWeek = new LinkedHashMap<>();
    private final Map<String, String> usedBefore = new LinkedHashMap<>();
    private long next;

    Economy(SimulationSettings s, World world, Random random, FiscalRegime regime) {
        this.s = s;
        this.world = world;
        this.random = random;
        this.regime = regime;
        this.anomalies = new Anomalies(s.anomalyRate(), random, labels);
        this.scales = new Weighbridges(random, world);
        this.grading = new Grading(random, world);
        this.hopping = new Hopping(random, world);
        this.exports = new Exports(s, random, regime, labels);
        this.drying = new Drying(random, world);
        this.stock = new Stockpile(world);
        this.suspensions = new Suspensions(s, world);
    }

    void labelCapacity(String licence) {
        anomalies.addLicence("OVER_CAPACITY", licence);
    }

    List<Label> labels() {
        return labels;
    }

    /** The royalties of the weeks generated so far. */
    List<Royalty> royalties() {
        return royalties;
    }

    /** The status decisions the regulator records once the last week generated is posted. */
    List<Suspensions.Decision> decisions() {
        return decisions;
    }

    int weeks() {
        return (s.days() + 6) / 7;
    }

    /** The five phases of one week: what mines post, what plants post, what the laboratory posts, the trips to the port, the port. */
    List<List<Batch>> week(int w) {
        Map<String, List<Map<String, Object>>> mines = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> plants = new LinkedHashMap<>();
        List<Map<String, Object>> lab = new ArrayList<>();
        List<Concentrate> made = new ArrayList<>();
        usedBefore.putAll(usedThisWeek);
        usedThisWeek.clear();
        for (int d = w * 7; d < Math.min(s.days(), w * 7 + 7); d++) {
            LocalDate day = LocalDate.of(s.year(), 1, 1).plusDays(d);
            boolean last = d == s.days() - 1;
            for (World.Mine mine : world.mines) {
                mineDay(mine, day, last, mines.computeIfAbsent(mine.licence().holder(), k -> new ArrayList<>()), plants);
            }
            for (World.Plant plant : world.plants) {
                process(plant, plants.computeIfAbsent(plant.operator(), k -> new ArrayList<>()), lab, made, last);
            }
        }
        Map<String, List<Map<String, Object>>> toPort = new LinkedHashMap<>();
        List<Map<String, Object>> port = new ArrayList<>();
        exports.ship(made, toPort, port, this::id);
        decisions = suspensions.after(w, anomalies);
        return List.of(batches(mines), batches(plants), lab.isEmpty() ? List.of() : List.of(new Batch(world.laboratory, lab)), batches(toPort),
                port.isEmpty() ? List.of() : List.of(new Batch(Exports.exporter(s), port)));
    }

    private void mineDay(World.Mine mine, LocalDate day, boolean lastDay, List<Map<String, Object>> out,
            Map<String, List<Map<String, Object>>> plants) {
        boolean stockpiles = stock.keeps(mine);
        // A stockpiling mine reports the month's extractions with its month-end trucks: late, but each dated its own day.
        List<Map<String, Object>> reported = stockpiles ? stock.reports(mine) : out;
        String previousPermit = null;
        int lots = Season.lots(s, day);
        for (int i = 0; i < lots; i++) {
            OffsetDateTime extractedAt = day.atTime(6, 0).atOffset(PKT).plusMinutes(i * 360L / lots);
            String lot = s.prefix().toUpperCase() + "-L" + next++;
            int seen = history.merge(mine.id(), 1, Integer::sum);
            Anomalies.Kind kind = anomalies.draw(seen > 25, !stockpiles && previousPermit != null,
                    !stockpiles && usedBefore.containsKey(mine.id()));
            String extraction = id();
            boolean foreign = kind == Anomalies.Kind.LICENCE;
            double pit = grading.pit(foreign ? mine.foreignGrade() : mine.grade());
            double grade = grading.declared(mine, pit);
            if (kind == Anomalies.Kind.GRADE) {
                grade = grading.outlier(grade);
            } else if (!foreign && grading.underDeclares(mine)) {
                anomalies.addPattern("GRADE_UNDER_DECLARED", Label.UNDER_DECLARED_GRADE, extraction);
            }
            double assayed = grading.assayed(pit);
            long grams = 20_000_000L + random.nextInt(20_000_001);
            double[] at = anomalies.location(kind, mine);
            if (kind == Anomalies.Kind.NONE && hopping.atPit(mine)) {
                at = hopping.pit();
                hopping.label(mine, extraction, anomalies);
            }
            reported.add(Events.extracted(extraction, extractedAt, lot, mine, foreign ? mine.foreignMaterial() : mine.material(), grams, grade, at));
            anomalies.labelExtraction(kind, extraction, mine.licence().highRisk());
            if (foreign) {
                continue;
            }
            suspensions.extracted(mine.licence().number(), day, extraction);
            Ore ore = new Ore(lot, grams, Events.fraction(grade), grade, assayed);
            if (drying.dries(mine)) {
                Drying.Dried dried = drying.dry(id(), extractedAt.withHour(12).plusMinutes(i), lot, grams, ore.grade(), reported);
                ore = new Ore(lot, dried.grams(), dried.grade(), grade * dried.factor(), assayed * dried.factor());
            }
            if (stockpiles) {
                stock.keep(mine, new Stockpile.Kept(ore, kind));
                continue;
            }
            previousPermit = ship(mine, ore, extractedAt.withHour(13).plusMinutes(5L * i), kind, previousPermit, out, plants);
        }
        if (stockpiles && (lastDay || day.plusDays(1).getDayOfMonth() == 1)) {
            out.addAll(reported);
            List<Stockpile.Kept> kept = stock.empty(mine);
            for (int j = 0; j < kept.size(); j++) {
                ship(mine, kept.get(j).ore(), day.atTime(13, 0).atOffset(PKT).plusMinutes(j * 600L / kept.size()), kept.get(j).kind(), null,
                        out, plants);
            }
        }
    }

    /** A lot as extracted or dried: its mass, its declared grade as custody holds it, that grade and the laboratory's as numbers. */
    record Ore(String lot, long grams, String grade, double declared, double assayed) {
    }

    private String ship(World.Mine mine, Ore ore, OffsetDateTime at, Anomalies.Kind kind, String previousPermit, List<Map<String, Object>> out,
            Map<String, List<Map<String, Object>>> plants) {
        String lot = ore.lot();
        long grams = ore.grams();
        World.Plant plant = world.plantOf(mine);
        double km = World.greatCircleKm(mine.lat(), mine.lon(), plant.lat(), plant.lon());
        // The rule's floor is km × 1.4 / 80 h. Most trucks average 40 km/h on 1.3 × the straight line;
        // one in twenty runs at 97 % of the rule's limit, close to it but honest.
        double floorHours = km * 1.4 / 80;
        long minutes = Math.round((random.nextDouble() < 0.05 ? floorHours / 0.97 + 0.02 : km * 1.3 / 40 + 0.5 + 2.5 * random.nextDouble()) * 60);
        if (kind == Anomalies.Kind.IMPLAUSIBLE) {
            minutes = Math.max(1, Math.round(floorHours * (0.3 + 0.5 * random.nextDouble()) * 60));
        }
        // A recycled pass keeps its number and comes with fresh dates, so only its second trip gives it away.
        String permit = kind == Anomalies.Kind.REUSE ? previousPermit : kind == Anomalies.Kind.RECYCLE ? usedBefore.get(mine.id()) : "P-" + lot;
        if (kind == Anomalies.Kind.NONE) {
            usedThisWeek.put(mine.id(), permit);
        }
        long payload = kind == Anomalies.Kind.PAYLOAD ? Math.round(grams / (1.01 + 0.2 * random.nextDouble())) : 40_000_000L;
        OffsetDateTime until = kind == Anomalies.Kind.WINDOW ? at.plusMinutes(minutes - 1 - random.nextInt((int) Math.min(120, minutes - 1)))
                : at.plusHours(48);
        String dispatch = id();
        out.add(Events.dispatched(dispatch, at, lot, mine.id(), plant.id(), permit, payload, at, until, Weighbridges.MINE_RESOLUTION_G));
        royalties.add(new Royalty(mine.licence().number(), mine.licence().holder(), dispatch, at, royalties.size(),
                regime.duePkr(mine.licence().mineral(), at, Events.kg(grams), ore.grade())));
        // Honest scales err both ways within their resolution; a leak takes 1.5 % to 10 %, clear of the 1 % tolerance beyond the
        // scales' resolution; the skimmer takes under 1 % of every truck.
        long received = scales.received(mine, grams, kind == Anomalies.Kind.LOSS ? 0.015 + 0.085 * random.nextDouble() : 0);
        String receipt = id();
        OffsetDateTime receivedAt = at.plusMinutes(minutes);
        plants.computeIfAbsent(plant.operator(), k -> new ArrayList<>()).add(Events.received(receipt, receivedAt, lot, plant.id(), received,
                Weighbridges.PLANT_RESOLUTION_G));
        anomalies.labelTrip(kind, dispatch, receipt);
        if (scales.skims(mine)) {
            anomalies.addPattern("TRANSIT_LOSS_PATTERN", Label.SKIMMING, receipt);
        }
        waiting.computeIfAbsent(plant.id() + "/" + mine.material(), k -> new ArrayList<>())
                .add(new Shipment(lot, mine, plant, received, ore.declared(), ore.assayed(), receivedAt));
        return permit;
    }

    private void process(World.Plant plant, List<Map<String, Object>> out, List<Map<String, Object>> lab, List<Concentrate> made, boolean last) {
        for (String material : List.of("cu-ore", "sb-ore")) {
            List<Shipment> lots = waiting.getOrDefault(plant.id() + "/" + material, new ArrayList<>());
            if (lots.size() < 8 && !(last && !lots.isEmpty())) {
                continue;
            }
            waiting.remove(plant.id() + "/" + material);
            made.add(new Processing(s, random, anomalies, history, this::id, world.plants.get(world.plants.size() - 1).id(), launderedRuns)
                    .run(plant, material, lots, out, lab));
        }
    }

    private String id() {
        return s.prefix() + "-e" + next++;
    }

    private static List<Batch> batches(Map<String, List<Map<String, Object>>> byParty) {
        List<Batch> batches = new ArrayList<>();
        byParty.forEach((party, events) -> {
            for (int from = 0; from < events.size(); from += 1000) {
                batches.add(new Batch(party, events.subList(from, Math.min(events.size(), from + 1000))));
            }
        });
        return batches;
    }
}
