package org.mizan.cli.simulate;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One flotation run at a plant: the waiting ore lots in, one concentrate lot out carrying 90 % of
 * their contained element as declared (or, as an anomaly, 30 % more concentrate than the feed can give), then
 * the laboratory's assays: of each ore lot, sampled on receipt, and of the concentrate, sometimes reported
 * twice what it holds. The assays are dated a day after the run, when their certificates come back. One
 * plant launders: every run of its puts out 100.8 % to 101.4 % of the feed's element, within the 2 % per-run
 * tolerance; from its eighth run of an element within the balance pattern's 90 days on, each is labelled
 * for the pattern.
 */
final class Processing {

    private final SimulationSettings s;
    private final Random random;
    private final Anomalies anomalies;
    private final Map<String, Integer> history;
    private final Supplier<String> ids;
    private final String launderer;
    private final Map<String, List<OffsetDateTime>> launderedRuns;

    Processing(SimulationSettings s, Random random, Anomalies anomalies, Map<String, Integer> history, Supplier<String> ids,
            String launderer, Map<String, List<OffsetDateTime>> launderedRuns) {
        this.s = s;
        this.random = random;
        this.anomalies = anomalies;
        this.history = history;
        this.ids = ids;
        this.launderer = launderer;
        this.launderedRuns = launderedRuns;
    }

    Concentrate run(World.Plant plant, String ore, List<Shipment> lots, List<Map<String, Object>> out, List<Map<String, Object>> lab) {
        boolean copper = ore.equals("cu-ore");
        String element = copper ? "Cu" : "Sb";
        String material = copper ? "cu-concentrate" : "sb-concentrate";
        // Contained element of the feed, in grams, from the grades the lots carry.
        double contained = lots.stream().mapToDouble(l -> l.receivedGrams() * Double.parseDouble(Events.fraction(l.grade()))).sum();
        double grade = (copper ? 0.25 : 0.55) * (1 + 0.03 * random.nextGaussian());
        double gradeStored = Double.parseDouble(Events.fraction(grade));
        boolean launders = plant.id().equals(launderer);
        double recovery = launders ? 1.008 + 0.006 * random.nextDouble() : 0.9;
        long grams = (long) Math.floor(contained * recovery / gradeStored);
        String processId = ids.get();
        if (anomalies.strikes()) {
            grams = Math.round(grams * 1.3);
            anomalies.add("ELEMENT_IMBALANCE", processId);
        }
        OffsetDateTime at = lots.stream().map(Shipment::receivedAt).max(Comparator.naturalOrder()).orElseThrow().plusHours(2);
        if (launders) {
            labelLaundering(plant.id() + "/" + element, processId, at);
        }
        String output = s.prefix().toUpperCase() + "-C" + processId.substring(processId.lastIndexOf('e') + 1);
        out.add(Events.processed(processId, at, plant.id(), lots, output, material, grams, element, gradeStored));
        int outputs = history.merge(plant.id() + "/" + material, 1, Integer::sum);
        double assay = gradeStored * (1 + 0.01 * random.nextGaussian());
        String assayId = ids.get();
        // Twice the grade: beyond 1.1⁴ = 1.46 times, the limit of a plant whose concentrate grades hardly vary. An assay is
        // judged against the plant's earlier assays of the material once twenty are known, one per output before it, so
        // an outlier is labelled only where the rule can see one.
        if (outputs > 21 && anomalies.strikes()) {
            assay *= 2;
            anomalies.add("GRADE_OUTLIER", assayId);
        }
        for (Shipment l : lots) {
            lab.add(Events.assayed(ids.get(), at.plusHours(24), l.lot(), s.prefix() + "-lab", element, l.assayedGrade()));
        }
        lab.add(Events.assayed(assayId, at.plusHours(24), output, s.prefix() + "-lab", element, assay));
        return new Concentrate(output, plant, element, grams, Events.fraction(assay), at.plusHours(24));
    }

    private void labelLaundering(String plantElement, String processId, OffsetDateTime at) {
        List<OffsetDateTime> runs = launderedRuns.computeIfAbsent(plantElement, k -> new java.util.ArrayList<>());
        runs.add(at);
        long inWindow = runs.stream().filter(t -> t.isAfter(at.minusDays(90))).count();
        if (inWindow >= 8) {
            anomalies.addPattern("ELEMENT_IMBALANCE_PATTERN", Label.LAUNDERING, processId);
        }
    }
}
