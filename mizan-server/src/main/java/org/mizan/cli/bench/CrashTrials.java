package org.mizan.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.mizan.log.note.VerifierKey;

import tools.jackson.databind.json.JsonMapper;

/**
 * Crash trials of the default deployment: {@code mizan serve} on its embedded PostgreSQL, written to by
 * several HTTP clients, is killed together with its PostgreSQL (SIGKILL, as an OOM kill or a power cut
 * stops both), restarted on the same data directory and checked by {@link CrashTrial}. Acknowledged
 * must mean durable, and the log must never serve a checkpoint it later contradicts.
 */
public final class CrashTrials {

    /** What one trial found; {@code refusal} is the restarted node's reason for not starting, if it did not. */
    public record Outcome(int trial, double killedAfterSeconds, int acknowledged, long lost, long moved, int checkpointsServed,
            long largestServed, long sizeAfterRestart, int inconsistentCheckpoints, String refusal) {

        public boolean held() {
            return refusal == null && lost == 0 && moved == 0 && inconsistentCheckpoints == 0;
        }
    }

    private static final int BATCH = 25;

    private final List<String> launcher;
    private final Path root;
    private final int clients;
    private final List<String> serverArguments;
    private final SplittableRandom random;

    /** {@code serverArguments} go to every server started (Spring properties, for instance). */
    public CrashTrials(List<String> launcher, Path root, int clients, List<String> serverArguments, long seed) {
        this.launcher = List.copyOf(launcher);
        this.root = root;
        this.clients = clients;
        this.serverArguments = List.copyOf(serverArguments);
        this.random = new SplittableRandom(seed);
    }

    public List<Outcome> run(int trials) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (int t = 1; t <= trials; t++) {
            Outcome outcome = trial(t, root.resolve("trial-" + t));
            System.out.printf("crash trial %2d: killed after %.1f s; %,d acknowledged, %d lost, %d at another index; %d checkpoints "
                    + "served (largest %,d), log after restart %,d, %d inconsistent%s%n", t, outcome.killedAfterSeconds(),
                    outcome.acknowledged(), outcome.lost(), outcome.moved(), outcome.checkpointsServed(), outcome.largestServed(),
                    outcome.sizeAfterRestart(), outcome.inconsistentCheckpoints(),
                    outcome.refusal() == null ? "" : "; REFUSED TO START: " + outcome.refusal());
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** Prints the totals; throws if a trial did not hold, so that the command exits non-zero. */
    public static void summarise(List<Outcome> outcomes) {
        long acknowledged = outcomes.stream().mapToLong(Outcome::acknowledged).sum();
        long lost = outcomes.stream().mapToLong(o -> o.lost() + o.moved()).sum();
        long inconsistent = outcomes.stream().mapToLong(Outcome::inconsistentCheckpoints).sum();
        long refused = outcomes.stream().filter(o -> o.refusal() != null).count();
        long held = outcomes.stream().filter(Outcome::held).count();
        System.out.printf("%-22s %d of %d trials held: %,d acknowledged, %d lost or moved, %d served checkpoints inconsistent "
                + "with the restarted log, %d restarts refused%n", "crash trials", held, outcomes.size(), acknowledged, lost,
                inconsistent, refused);
        if (held != outcomes.size()) {
            throw new IllegalStateException(outcomes.size() - held + " crash trials did not hold");
        }
    }

    private Outcome trial(int number, Path dataDir) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        CrashTrial trial = new CrashTrial(run);
        double killAfter = 1.5 + random.nextDouble() * 2.5;
        List<String> first = new ArrayList<>(serverArguments);
        first.addAll(List.of("--mizan.demo.enabled=true", "--mizan.demo.keys-file=" + dataDir.resolve("demo-keys.json")));
        try (ServerProcess server = ServerProcess.start(launcher, dataDir, first)) {
            server.awaitHealthy(Duration.ofMinutes(4)).orElseThrow(() -> new IllegalStateException("The server did not start; see "
                    + server.log()));
            String operator = (String) JsonMapper.builder().build().readValue(dataDir.resolve("demo-keys.json").toFile(), Map.class)
                    .get("fwo");
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                threads.add(new Thread(() -> trial.write(server.base(), operator, BATCH), "crash-writer-" + c));
            }
            threads.add(new Thread(() -> trial.watch(server.base()), "crash-watcher"));
            threads.forEach(Thread::start);
            Thread.sleep((long) (killAfter * 1000));
            server.killTogether();
            trial.stopWriting();
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }
        try (ServerProcess restarted = ServerProcess.start(launcher, dataDir, serverArguments)) {
            Optional<Integer> up = restarted.awaitHealthy(Duration.ofMinutes(4));
            if (up.isEmpty()) {
                return new Outcome(number, killAfter, trial.acknowledgedCount(), 0, 0, trial.servedCount(), 0, 0, 0,
                        refusal(restarted.log()));
            }
            VerifierKey key = VerifierKey.parse(trial.get(restarted.base().resolve("/log/key"), null).body().strip());
            String admin = CrashTrial.read(dataDir.resolve("admin-key"));
            long largest = trial.largestServed(key);
            String operator = (String) JsonMapper.builder().build().readValue(dataDir.resolve("demo-keys.json").toFile(), Map.class)
                    .get("fwo");
            int acknowledgedBeforeCrash = trial.acknowledgedCount();
            trial.growPast(restarted.base(), operator, largest);
            long size = trial.settledSize(restarted.base());
            long[] lostAndMoved = trial.lostAndMoved(restarted.base(), admin, key);
            byte[] rootHash = org.mizan.log.checkpoint.Checkpoint.open(trial.get(restarted.base().resolve("/log/checkpoint"), null)
                    .body().getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(key.verifier())).rootHash();
            int inconsistent = trial.inconsistentCheckpoints(restarted.base(), key, size, rootHash);
            return new Outcome(number, killAfter, acknowledgedBeforeCrash, lostAndMoved[0], lostAndMoved[1], trial.servedCount(),
                    largest, size, inconsistent, null);
        } finally {
            TrialFiles.delete(dataDir);
        }
    }

    /** The restarted server's own words for not starting: its first ERROR line. */
    private static String refusal(Path log) throws java.io.IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains("ERROR")).findFirst().orElse("exited; see " + log);
    }
}
