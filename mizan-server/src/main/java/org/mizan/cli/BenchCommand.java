package org.mizan.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.mizan.MizanApplication;
import org.mizan.cli.bench.CrashTrials;
import org.mizan.cli.bench.DisclosureBench;
import org.mizan.cli.bench.EpcisBench;
import org.mizan.cli.bench.LargeLog;
import org.mizan.cli.bench.PassportBench;
import org.mizan.cli.bench.Latencies;
import org.mizan.cli.bench.LogBench;
import org.mizan.ledger.Ledger;
import org.mizan.cli.bench.Machine;
import org.mizan.cli.bench.RawCeiling;
import org.mizan.cli.bench.SequencerBench;
import org.mizan.cli.bench.ServerProcess;
import org.mizan.cli.bench.TraceBench;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the custody write path and the upstream trace on a fresh demo database, in one run:
 * sequencer throughput over HTTP, the raw insert ceiling of the same tables, and trace latency over a
 * large ancestry. Figures are printed as they come so a slow step is visible while it runs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure sequencer throughput, the raw insert ceiling and upstream trace latency.")
class BenchCommand implements Callable<Boolean> {

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--batch", defaultValue = "500", description = "Events per POST, at most 1000 (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--events", defaultValue = "100000", description = "Events to post in total (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--trace-runs", defaultValue = "20", description = "Timed trace requests, after 3 warm-ups (default: ${DEFAULT-VALUE}).")
    int traceRuns;

    @Option(names = "--log-size", defaultValue = "10000000",
            description = "Entries the log is grown to for the proof-latency figure (default: ${DEFAULT-VALUE}).")
    long logSize;

    @Option(names = "--epcis-only", description = "Run only the EPCIS measurements (h) and (i).")
    boolean epcisOnly;

    @Option(names = "--epcis-store", defaultValue = "1000000", description = "EPCIS events stored for the query figure (i) (default: ${DEFAULT-VALUE}).")
    long epcisStore;

    @Option(names = "--passport-events", defaultValue = "10000",
            description = "Events in the chain of the benchmark passport (default: ${DEFAULT-VALUE}).")
    int passportEvents;

    @Option(names = "--passport-only", description = "Measure only passport assembly and offline verification.")
    boolean passportOnly;

    @Option(names = "--fiscal-only", description = "Measure only the fiscal figures: ingest with royalty assessment on and off (j) "
            + "and the Summary Data workbook of a million receipts (k).")
    boolean fiscalOnly;

    @Option(names = "--disclosure-receipts", defaultValue = "1000000",
            description = "Receipts in the fiscal year of the workbook figure (k) (default: ${DEFAULT-VALUE}).")
    int disclosureReceipts;

    @Option(names = "--ingest-only", description = "Measure only ingest: the sequencer over HTTP (a) against the raw ceiling (b).")
    boolean ingestOnly;

    @Option(names = "--port", defaultValue = "0", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", description = "Directory for the benchmark database (wiped first); default: a temporary directory.")
    Path dataDir;

    @Option(names = "--crash-trials", defaultValue = "0",
            description = "Instead of the measurements, run this many crash trials: serve, killed with its PostgreSQL while "
                    + "--clients write, restarted and checked (default: ${DEFAULT-VALUE}).")
    int crashTrials;

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    @Override
    public Boolean call() throws Exception {
        List<String> spring = new ArrayList<>();
        new SpringProperties(spec, springProperties).byName().forEach((name, value) -> spring.add("--" + name + "=" + value));
        if (crashTrials > 0) {
            return crashTrials(spring);
        }
        if (batch < 1 || batch > 1000 || clients < 1 || events < batch || traceRuns < 1) {
            throw new IllegalArgumentException("need 1 <= --batch <= 1000, --clients >= 1, --events >= --batch, --trace-runs >= 1");
        }
        if (fiscalOnly) {
            fiscal();
            return false;
        }
        boolean external = System.getenv("SPRING_DATASOURCE_URL") != null && !System.getenv("SPRING_DATASOURCE_URL").isBlank();
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("mizan-bench") : dataDir.resolve("bench");
        Path keysFile = (external && !temporary ? dataDir : dir).resolve("demo-keys.json");
        if (!temporary && !external) {
            Directories.deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--mizan.data-dir=" + dir,
                "--mizan.demo.enabled=true", "--mizan.demo.keys-file=" + keysFile));
        args.addAll(spring);
        if (external) {
            System.out.println("WARNING: SPRING_DATASOURCE_URL is set: the benchmark writes about "
                    + (3 * events + 260_000) + " rows into that database, and loads the demo data if it is not there.");
        } else {
            args.add("--spring.datasource.url=");
        }
        System.out.println("Starting Mizan with the demo data ...");
        ConfigurableApplicationContext context = SpringApplication.run(MizanApplication.class, args.toArray(String[]::new));
        double withLog;
        try {
            withLog = run(context, keysFile);
        } finally {
            context.close();
            if (temporary) {
                Directories.deleteRecursively(dir);
            }
        }
        if (!external && !epcisOnly && !passportOnly && !ingestOnly) {
            logOff(withLog);
        }
        // Not TRUE: Mizan.main then exits the JVM, as it does for every command that does not keep a server running.
        return false;
    }

    /** Crash trials of {@code serve} on its embedded database; the exit code says whether every trial held. */
    private Boolean crashTrials(List<String> spring) throws Exception {
        Path root = Files.createTempDirectory("mizan-crash");
        System.out.printf("Crash trials: %d, %d clients; %s processors, %s %s, java %s%n", crashTrials, clients,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.runtime.version"));
        try {
            CrashTrials.summarise(new CrashTrials(ServerProcess.launcherOfThisJvm(), root, clients, spring, System.nanoTime())
                    .run(crashTrials));
        } finally {
            Directories.deleteRecursively(root);
        }
        return false;
    }

    /** (d) The same ingest on a fresh database with the log switched off, to price what the log costs; then (j) and (k). */
    private void logOff(double withLog) throws Exception {
        double logOff = ingestWith("(d) Starting a second Mizan with the log switched off ...", "--mizan.log.commit-events=false", false,
                null);
        System.out.printf("%-22s log off %.0f events/s, log on %.0f events/s: the log costs %.1f %% (target <= 10 %%)%n",
                "(d) log on vs off", logOff, withLog, 100.0 * (1 - withLog / logOff));
        fiscal();
    }

    /**
     * (j) Ingest of extractions each followed by its lot's first dispatch (a taxable event), each on a fresh database,
     * with royalty assessment off, on, on and off again: the instances run one after another in this JVM, so a later
     * one finds the code compiled hotter, and the symmetric order cancels that drift from the comparison.
     * Assessing runs off the sequencer and gives way to ingest, and should not slow it. (k) The workbook of a year
     * of a million receipts, on the first instance with assessment on.
     */
    private void fiscal() throws Exception {
        DisclosureBench.Result[] k = new DisclosureBench.Result[1];
        double off1 = ingestWith("(j) Starting a Mizan with royalty assessment off ...", "--mizan.fiscal.assess=false", true, null);
        double on1 = ingestWith("(j) Starting a Mizan with royalty assessment on ...", "--mizan.fiscal.assess=true", true, context -> {
            URI base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
            String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
            System.out.printf("(j) assessment caught up with the stream %.1f s after the last acknowledgement%n",
                    DisclosureBench.secondsToAssess(context.getBean(DataSource.class)));
            k[0] = new DisclosureBench(base, context.getBean(DataSource.class), run).run(disclosureReceipts);
        });
        double on2 = ingestWith("(j) Starting a Mizan with royalty assessment on again ...", "--mizan.fiscal.assess=true", true, context ->
                System.out.printf("(j) assessment caught up with the stream %.1f s after the last acknowledgement%n",
                        DisclosureBench.secondsToAssess(context.getBean(DataSource.class))));
        double off2 = ingestWith("(j) Starting a Mizan with royalty assessment off again ...", "--mizan.fiscal.assess=false", true, null);
        double off = (off1 + off2) / 2;
        double on = (on1 + on2) / 2;
        System.out.printf("%-22s assessment off %.0f and %.0f events/s, on %.0f and %.0f events/s: assessing costs %.1f %% of ingest%n",
                "(j) fiscal on vs off", off1, off2, on1, on2, 100.0 * (1 - on / off));
        for (DisclosureBench.Fetch f : List.of(k[0].workbook(), k[0].csv())) {
            System.out.printf("%-22s %,d receipts, %s: %.2f s, %,d bytes, peak heap %,d MB above baseline%n", "(k) summary data",
                    k[0].receipts(), f.format(), f.seconds(), f.bytes(), f.peakHeapMb());
        }
    }

    /** What runs on a variant instance after its ingest, before it stops. */
    private interface AfterIngest {
        void accept(ConfigurableApplicationContext context) throws Exception;
    }

    private double ingestWith(String banner, String property, boolean dispatches, AfterIngest after) throws Exception {
        Path dir = Files.createTempDirectory("mizan-bench-variant");
        Path keysFile = dir.resolve("demo-keys.json");
        System.out.println(banner);
        ConfigurableApplicationContext context = SpringApplication.run(MizanApplication.class, "--server.port=0",
                "--mizan.data-dir=" + dir, "--mizan.demo.enabled=true", "--mizan.demo.keys-file=" + keysFile,
                "--spring.datasource.url=", property);
        try {
            Map<?, ?> keys = JsonMapper.builder().build().readValue(keysFile.toFile(), Map.class);
            URI base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
            String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
            double perSecond = new SequencerBench(base, (String) keys.get("fwo"), run, clients, batch, events, dispatches)
                    .run(context.getBean(DataSource.class)).eventsPerSecond();
            if (after != null) {
                after.accept(context);
            }
            return perSecond;
        } finally {
            context.close();
            Directories.deleteRecursively(dir);
        }
    }

    private double run(ConfigurableApplicationContext context, Path keysFile) throws Exception {
        if (!Files.exists(keysFile)) {
            throw new IllegalStateException("No demo keys in " + keysFile + ": the database already held the demo data, "
                    + "and the keys file of the run that loaded it is not there");
        }
        Map<?, ?> keys = JsonMapper.builder().build().readValue(keysFile.toFile(), Map.class);
        URI base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        DataSource dataSource = context.getBean(DataSource.class);
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        System.out.printf("Mizan is up on %s; run tag %s%n%n", base, run);
        if (epcisOnly) {
            epcis(base, (String) keys.get("mizan-operator"), dataSource, run);
            return 0;
        }
        if (passportOnly) {
            passport(base, keys, run, dataSource);
            return 0;
        }

        SequencerBench.Result a = new SequencerBench(base, (String) keys.get("fwo"), run, clients, batch, events).run(dataSource);
        RawCeiling.Result b = new RawCeiling(dataSource, run, events, a.templateEventId()).run();
        System.out.printf("(a)/(b): sequencer over HTTP reaches %.1f %% of the raw ceiling%n%n",
                100.0 * a.eventsPerSecond() / b.eventsPerSecond());
        if (ingestOnly) {
            System.out.println("==== Summary ====");
            Machine.describe(dataSource).forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
            ingestSummary(a, b);
            return a.eventsPerSecond();
        }
        TraceBench.Result c = new TraceBench(base, (String) keys.get("mizan-operator"), dataSource, run, traceRuns).run();
        LogBench log = new LogBench(base, (String) keys.get("fwo"), run);
        Latencies toCheckpoint = log.timeToCheckpoint(200);
        System.out.printf("(e) acknowledgement to signed checkpoint: %s%n", toCheckpoint);
        long size = LargeLog.grow(dataSource, logSize);
        Ledger ledger = context.getBean(Ledger.class);
        while (ledger.latestCheckpoint().map(Ledger.SignedCheckpoint::size).orElse(0L) < size) {
            Thread.sleep(100);
        }
        Latencies proofHttp = log.proofOverHttp(size, 1000);
        Latencies proofDirect = directProofs(ledger, size, 1000);
        System.out.printf("(f) inclusion proof in a log of %,d entries: HTTP %s; in-process %s%n%n", size, proofHttp, proofDirect);

        epcis(base, (String) keys.get("mizan-operator"), dataSource, run);
        System.out.println("==== Summary ====");
        Machine.describe(dataSource).forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
        ingestSummary(a, b);
        System.out.printf("%-22s %d lots, %d edges: HTTP %s; SQL only %s%n", "(c) upstream trace", c.lots(), c.edges(),
                c.http(), c.sql());
        System.out.printf("%-22s >= 20000 events/s: %s; >= 50 %% of ceiling: %s; trace p50 <= 50 ms: %s%n", "targets",
                a.eventsPerSecond() >= 20_000 ? "met" : "NOT met",
                a.eventsPerSecond() >= 0.5 * b.eventsPerSecond() ? "met" : "NOT met",
                c.http().p50() <= 50 ? "met" : "NOT met");
        System.out.printf("%-22s %s (target p95 <= 1 s: %s)%n", "(e) ack to checkpoint", toCheckpoint,
                toCheckpoint.p95() <= 1000 ? "met" : "NOT met");
        System.out.printf("%-22s %,d entries: HTTP %s; in-process %s (target p50 <= 1 ms: %s)%n", "(f) inclusion proof", size,
                proofHttp, proofDirect, proofDirect.p50() <= 1 ? "met in-process" : "NOT met");
        passport(base, keys, run, dataSource);
        return a.eventsPerSecond();
    }

    private void ingestSummary(SequencerBench.Result a, RawCeiling.Result b) {
        System.out.printf("%-22s %d events, %d clients x %d per batch: %.0f events/s (%.1f s)%n", "(a) sequencer/HTTP",
                a.events(), clients, batch, a.eventsPerSecond(), a.seconds());
        System.out.printf("%-22s %.0f events/s = %.0f rows/s (%s)%n", "(b) raw ceiling", b.eventsPerSecond(), b.rowsPerSecond(), b.method());
        System.out.printf("%-22s %.1f %%%n", "(a)/(b)", 100.0 * a.eventsPerSecond() / b.eventsPerSecond());
    }

    /** (h) EPCIS capture throughput against the storage ceiling, (i) MATCH_anyEPCClass latency on a large store. */
    private void epcis(URI base, String key, DataSource dataSource, String run) throws Exception {
        EpcisBench bench = new EpcisBench(base, key, dataSource, run);
        Machine.describe(dataSource).forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
        bench.capture("json", 1_000);
        EpcisBench.Capture json = bench.capture("json", 10_000);
        EpcisBench.Capture xml = bench.capture("xml", 10_000);
        EpcisBench.Capture ceiling = bench.ceiling(10_000);
        long stored = bench.growTo(epcisStore);
        Latencies[] match = bench.matchAnyEpcClass(200);
        System.out.printf("%-22s JSON-LD %.0f events/s, XML %.0f events/s; storage ceiling (COPY) %.0f events/s%n", "(h) EPCIS capture",
                json.eventsPerSecond(), xml.eventsPerSecond(), ceiling.eventsPerSecond());
        System.out.printf("%-22s %,d events stored: HTTP %s; SQL only %s%n%n", "(i) MATCH_anyEPCClass", stored, match[0], match[1]);
    }

    /** (g) Passport assembly and offline verification for a chain of --passport-events events. */
    private void passport(URI base, Map<?, ?> keys, String run, DataSource dataSource) throws Exception {
        System.out.printf("(g) Recording a chain of %,d events and timing its passport ...%n", passportEvents);
        PassportBench.Result g = new PassportBench(base, (String) keys.get("fwo"), (String) keys.get("mizan-operator"), run,
                passportEvents, traceRuns).run();
        Machine.describe(dataSource).forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
        System.out.printf("%-22s %,d events, %d lines, %,d bytes%n", "(g) passport", g.events(), g.lines(), g.bytes());
        System.out.printf("%-22s assembly over HTTP %s (baseline, consignment view: %s)%n", "", g.assembly(), g.consignmentView());
        System.out.printf("%-22s offline verification %s (baseline, parsing the file: %s)%n", "", g.verify(), g.parse());
    }

    private static Latencies directProofs(Ledger ledger, long size, int samples) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[] millis = new double[samples];
        for (int i = -20; i < samples; i++) {
            long started = System.nanoTime();
            ledger.inclusionProof(random.nextLong(size), size);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return Latencies.of(millis);
    }
}
