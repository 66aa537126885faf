package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Half of the concentrates go by road to the port at Karachi and leave in consignments of one or two lots.
 * An honest exporter declares the contained metal at the reference price times a payable factor of 0.60 to
 * 0.98 (treatment charges, payable fractions, the price moving since the reference year); one consignment
 * in every {@code 1 / rate} declares 0.10 to 0.45 of it instead, labelled {@code UNDERVALUED_EXPORT}. The
 * value is worked out from what the simulation posted (the port's weight, the assay's grade) and the prices
 * the server publishes, as an exporter's invoice would be.
 */
final class Exports {

    static final double PORT_LAT = 24.84;
    static final double PORT_LON = 66.98;

    private final SimulationSettings s;
    private final Random random;
    private final FiscalRegime regime;
    private final List<Label> labels;
    private final int every;
    private int consignments;
    private int anomalyAt;

    Exports(SimulationSettings s, Random random, FiscalRegime regime, List<Label> labels) {
        this.s = s;
        this.random = random;
        this.regime = regime;
        this.labels = labels;
        this.every = Math.max(2, (int) Math.round(1 / s.anomalyRate()));
        // The first anomaly comes early, so that a short run has one.
        this.anomalyAt = random.nextInt(Math.min(every, 10));
    }

    static String port(SimulationSettings s) {
        return s.prefix() + "-port";
    }

    static String exporter(SimulationSettings s) {
        return s.prefix() + "-exporter";
    }

    static String buyer(SimulationSettings s) {
        return s.prefix() + "-buyer";
    }

    /** The trips to the port, by plant operator, and what the port posts: receipts, then exports. */
    void ship(List<Concentrate> made, Map<String, List<Map<String, Object>>> plants, List<Map<String, Object>> port,
            Supplier<String> ids) {
        List<Concentrate> arrived = new ArrayList<>();
        Map<String, Long> weighed = new LinkedHashMap<>();
        Map<String, OffsetDateTime> receivedAt = new LinkedHashMap<>();
        for (Concentrate c : made) {
            if (random.nextDouble() >= 0.5) {
                continue;
            }
            OffsetDateTime at = c.ready().plusHours(6);
            double km = World.greatCircleKm(c.plant().lat(), c.plant().lon(), PORT_LAT, PORT_LON);
            long minutes = Math.round((km * 1.3 / 40 + 0.5 + 2.5 * random.nextDouble()) * 60);
            long payload = (c.grams() / 1_000_000 + 2) * 1_100_000;
            plants.computeIfAbsent(c.plant().operator(), k -> new ArrayList<>()).add(Events.dispatched(ids.get(), at, c.lot(), c.plant().id(),
                    port(s), "P-" + c.lot(), payload, at, at.plusHours(96), Weighbridges.PLANT_RESOLUTION_G));
            // Both scales read within their resolutions, either way.
            long error = Math.round((2 * random.nextDouble() - 1) * 0.9 * 2 * Weighbridges.PLANT_RESOLUTION_G);
            long grams = Math.max(1, c.grams() + error);
            port.add(Events.received(ids.get(), at.plusMinutes(minutes), c.lot(), port(s), grams, Weighbridges.PLANT_RESOLUTION_G));
            arrived.add(c);
            weighed.put(c.lot(), grams);
            receivedAt.put(c.lot(), at.plusMinutes(minutes));
        }
        arrived.sort(Comparator.comparing(c -> receivedAt.get(c.lot())));
        for (int i = 0; i < arrived.size();) {
            int n = Math.min(arrived.size() - i, 1 + random.nextInt(2));
            List<Concentrate> lots = arrived.subList(i, i + n);
            OffsetDateTime last = lots.stream().map(c -> receivedAt.get(c.lot())).max(Comparator.naturalOrder()).orElseThrow();
            export(lots, weighed, last.plusHours(12 + random.nextInt(60)), port, ids.get());
            i += n;
        }
    }

    private void export(List<Concentrate> lots, Map<String, Long> weighed, OffsetDateTime at, List<Map<String, Object>> port, String id) {
        int year = at.atZoneSameInstant(FiscalRegime.PAKISTAN).getYear();
        BigDecimal reference = BigDecimal.ZERO;
        boolean priced = true;
        for (Concentrate c : lots) {
            BigDecimal kg = new BigDecimal(Events.kg(weighed.get(c.lot()))).multiply(new BigDecimal(c.assayedGrade()));
            Optional<BigDecimal> perKg = regime.usdPerKg(c.element(), year);
            priced &= perKg.isPresent();
            reference = reference.add(FiscalRegime.value(kg, perKg.orElse(BigDecimal.ZERO)));
        }
        int index = consignments++;
        boolean anomaly = priced && index == anomalyAt;
        if (index == anomalyAt) {
            anomalyAt = (index / every + 1) * every + random.nextInt(every);
        }
        double factor = anomaly ? 0.10 + 0.35 * random.nextDouble() : 0.60 + 0.38 * random.nextDouble();
        BigDecimal declared = reference.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_EVEN).max(new BigDecimal("0.01"));
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", id);
        e.put("type", "exported");
        e.put("time", at.toString());
        e.put("consignment", s.prefix().toUpperCase() + "-X" + index);
        e.put("lots", lots.stream().map(Concentrate::lot).toList());
        e.put("port", port(s));
        e.put("buyer", buyer(s));
        e.put("destinationCountry", index % 3 == 0 ? "US" : "CN");
        e.put("declaredValueUsd", declared.toPlainString());
        port.add(e);
        if (anomaly) {
            labels.add(new Label("UNDERVALUED_EXPORT", id, null));
        }
    }
}
