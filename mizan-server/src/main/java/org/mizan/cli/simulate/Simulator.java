package org.mizan.cli.simulate;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a simulation against a running server through its public API: registers the world with an
 * administrator key, issues each party a key, has the companies pay their royalties and licence fees,
 * then posts the year week by week, phases in order and the batches of one phase in parallel. Returns
 * the labels of the anomalies it injected.
 *
 * <p>The payments go first. The server judges a royalty once its deadline has passed, and every deadline
 * of a past year has: a royalty assessed before its payment was posted could be judged unpaid in between.
 * So the companies work out their royalties as they would from the notified rate and the published price
 * and exchange rate, from a first pass over the same seeded year, before any dispatch is posted.
 */
public final class Simulator {

    private static final int THREADS = 4;

    private final MizanClient client;
    private final String adminKey;
    private final PrintStream progress;
    private final Clock clock;

    public Simulator(MizanClient client, String adminKey, PrintStream progress) {
        this(client, adminKey, progress, Clock.systemUTC());
    }

    public Simulator(MizanClient client, String adminKey, PrintStream progress, Clock clock) {
        this.client = client;
        this.adminKey = adminKey;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * The outcome: how many events and payments were posted, how many royalties the server assessed otherwise than
     * the companies paid against (0 unless its regime changed under the run), and the labels of the injected anomalies.
     */
    public record Result(long events, int payments, int royaltiesAssessedOtherwise, List<Label> labels) {
    }

    public Result run(SimulationSettings s) throws Exception {
        FiscalRegime regime = FiscalRegime.load(client, adminKey);
        Random random = new Random(s.seed());
        World world = new World(s, random);
        Economy economy = new Economy(s, world, random, regime);
        Map<String, String> keys = new Registration(client, adminKey).register(s, world, Registration.capacities(s, world, random), economy);
        List<Royalty> owed = royalties(s, regime);
        LocalDate today = LocalDate.now(clock.withZone(FiscalRegime.PAKISTAN));
        Random fiscal = new Random(s.seed() * 31 + 17);
        List<Label> fiscalLabels = new ArrayList<>();
        RoyaltyPlan plan = new RoyaltyPlan(fiscal, today, s.prefix()).pay(owed, s.anomalyRate());
        List<Remittance> remittances = new ArrayList<>(plan.remittances());
        fiscalLabels.addAll(plan.labels());
        remittances.addAll(Rents.plan(world.licences, s.year(), today, s.anomalyRate(), fiscal, fiscalLabels, s.prefix()));
        long estimate = (long) s.mines() * s.days() * s.lotsPerMineDay() * 34 / 10;
        ProgressBar bar = new ProgressBar(progress, "simulate", estimate);
        AtomicLong posted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            new Treasury(client, keys, s).post(remittances, pool);
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
                for (Suspensions.Decision d : economy.decisions()) {
                    client.post("/api/v1/licences/" + d.licence() + "/status", keys.get(world.regulator),
                            Map.of("status", d.status(), "effectiveFrom", d.effectiveFrom().toString(), "reason", d.reason()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        bar.finish(posted.get());
        if (!economy.royalties().equals(owed)) {
            throw new IllegalStateException("The posted year owes other royalties than the companies paid: the two passes differ");
        }
        progress.println("Waiting for the server to assess the royalties ...");
        AssessmentCheck check = new AssessmentCheck(client, adminKey);
        check.awaitAssessed(Duration.ofMinutes(30));
        List<Label> labels = new ArrayList<>(economy.labels());
        labels.addAll(fiscalLabels);
        labels.addAll(new Agreements(client, adminKey, today, new Random(s.seed() * 43 + 5)).post(world, s));
        return new Result(posted.get(), remittances.size(), check.differences(owed), labels);
    }

    /** The royalties of the year, from a pass over the same seed that posts nothing. */
    static List<Royalty> royalties(SimulationSettings s, FiscalRegime regime) {
        Random random = new Random(s.seed());
        World world = new World(s, random);
        Economy economy = new Economy(s, world, random, regime);
        Registration.capacities(s, world, random);
        for (int w = 0; w < economy.weeks(); w++) {
            economy.week(w);
        }
        return economy.royalties();
    }
}
