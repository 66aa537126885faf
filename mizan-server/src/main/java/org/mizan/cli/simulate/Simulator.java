package org.mizan.cli.simulate;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a simulation against a running server through its public API: registers the world with an
 * administrator key, issues each party a key, then posts the year week by week, phases in order and
 * the batches of one phase in parallel. Returns the labels of the anomalies it injected.
 */
public final class Simulator {

    private static final int THREADS = 4;

    private final MizanClient client;
    private final String adminKey;
    private final PrintStream progress;

    public Simulator(MizanClient client, String adminKey, PrintStream progress) {
        this.client = client;
        this.adminKey = adminKey;
        this.progress = progress;
    }

    /** The outcome: how many events were posted and the labels of the injected anomalies. */
    public record Result(long events, List<Label> labels) {
    }

    public Result run(SimulationSettings s) throws Exception {
        Random random = new Random(s.seed());
        World world = new World(s, random);
        Economy economy = new Economy(s, world, random);
        Map<String, String> keys = new Registration(client, adminKey).register(s, world, random, economy);
        long estimate = (long) s.mines() * s.days() * s.lotsPerMineDay() * 33 / 10;
        ProgressBar bar = new ProgressBar(progress, "simulate", estimate);
        AtomicLong posted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int w = 0; w < economy.weeks(); w++) {
                for (List<Batch> phase : economy.week(w)) {
                    List<Future<?>> sent = new ArrayList<>();
                    for (Batch b : phase) {
                        sent.add(pool.submit(() -> {
                            client.post("/api/v1/events", keys.get(b.party()), Map.of("events", b.events()));
                            bar.update(Math.min(estimate, posted.addAndGet(b.events().size())));
                        }));
                    }
                    for (Future<?> f : sent) {
                        f.get();
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        bar.finish(posted.get());
        return new Result(posted.get(), economy.labels());
    }

    /** Registers parties, licences and sites, and issues keys; labels the licences set to exceed their capacity. */
    static final class Registration {

        private final MizanClient client;
        private final String admin;

        Registration(MizanClient client, String admin) {
            this.client = client;
            this.admin = admin;
        }

        Map<String, String> register(SimulationSettings s, World world, Random random, Economy economy) {
            Map<String, String> keys = new HashMap<>();
            party(world.regulator, "regulator", "PK-PB");
            keys.put(world.regulator, key(world.regulator, "regulator"));
            party(world.laboratory, "laboratory", null);
            keys.put(world.laboratory, key(world.laboratory, "operator"));
            site(world.laboratory, "laboratory", 31.45, 73.10, world.laboratory, null);
            for (World.Plant p : world.plants) {
                party(p.operator(), "processor", null);
                keys.put(p.operator(), key(p.operator(), "processor"));
                site(p.id(), "plant", p.lat(), p.lon(), p.operator(), null);
            }
            Map<World.Licence, Integer> mines = new HashMap<>();
            world.mines.forEach(m -> mines.merge(m.licence(), 1, Integer::sum));
            int over = Math.max(1, (int) Math.round(world.licences.size() * s.anomalyRate()));
            int every = Math.max(1, world.licences.size() / over);
            for (int i = 0; i < world.licences.size(); i++) {
                World.Licence l = world.licences.get(i);
                party(l.holder(), "company", null);
                keys.put(l.holder(), key(l.holder(), "operator"));
                double expected = mines.getOrDefault(l, 0) * (double) s.days() * s.lotsPerMineDay() * 30;
                boolean exceeds = i % every == 0 && i / every < over;
                long capacity = exceeds ? (long) Math.floor(expected * 0.8) : (long) Math.ceil(expected / (0.4 + 0.2 * random.nextDouble()));
                licence(l, BigDecimal.valueOf(Math.max(1, capacity)), s.year());
                if (exceeds) {
                    economy.labelCapacity(l.number());
                }
            }
            for (World.Mine m : world.mines) {
                site(m.id(), "mine", m.lat(), m.lon(), m.licence().holder(), m.licence().number());
            }
            return keys;
        }

        private void party(String id, String kind, String jurisdiction) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "country", "PK"));
            if (jurisdiction != null) {
                body.put("jurisdiction", jurisdiction);
            }
            client.post("/api/v1/parties", admin, body);
        }

        private String key(String party, String role) {
            return client.post("/api/v1/parties/" + party + "/keys", admin, Map.of("role", role)).get("key").asString();
        }

        private void licence(World.Licence l, BigDecimal capacity, int year) {
            double c = World.CELL;
            List<List<Double>> ring = List.of(List.of(l.lon(), l.lat()), List.of(l.lon() + c, l.lat()), List.of(l.lon() + c, l.lat() + c),
                    List.of(l.lon(), l.lat() + c), List.of(l.lon(), l.lat()));
            client.post("/api/v1/licences", admin, Map.of("number", l.number(), "type", "mining-lease", "holder", l.holder(),
                    "province", "PK-PB", "minerals", List.of(Map.of("mineral", l.mineral(), "annualCapacityTonnes", capacity)),
                    "area", Map.of("type", "Polygon", "coordinates", List.of(ring)), "granted", (year - 1) + "-01-01",
                    "expires", (year + 10) + "-12-31"));
        }

        private void site(String id, String kind, double lat, double lon, String operator, String licence) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "lat", lat, "lon", lon, "operator", operator));
            if (licence != null) {
                body.put("licence", licence);
            }
            client.post("/api/v1/sites", admin, body);
        }
    }
}
