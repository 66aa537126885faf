package org.mizan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import org.mizan.cli.simulate.Labels;
import org.mizan.cli.simulate.MizanClient;
import org.mizan.cli.simulate.SimulationSettings;
import org.mizan.cli.simulate.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates a synthetic year of a provincial mining economy and posts it to a running server through
 * its API, injecting labelled anomalies of every rule, with the companies' royalty and licence-fee payments
 * and the treasury's receipts. The server must list the simulation's high-risk district:
 * {@code --mizan.oversight.high-risk-areas=PK-PB/Khushab}; where it has no royalty rate of Punjab for copper
 * or antimony, the simulation adds an illustrative one (5 % of contained value), so run it against a server
 * kept for simulations. The simulated year is the last calendar year, so that its royalty deadlines have passed.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Post a synthetic year of mining, transport and processing with labelled anomalies to a running server.")
class SimulateCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server base URL (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--admin-key", required = true, defaultValue = "${env:MIZAN_ADMIN_KEY}",
            description = "An administrator key (or MIZAN_ADMIN_KEY).")
    String adminKey;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--licences", defaultValue = "40")
    int licences;

    @Option(names = "--mines", defaultValue = "60")
    int mines;

    @Option(names = "--plants", defaultValue = "6")
    int plants;

    @Option(names = "--days", defaultValue = "365")
    int days;

    @Option(names = "--lots-per-mine-day", defaultValue = "4")
    int lotsPerMineDay;

    @Option(names = "--anomaly-rate", defaultValue = "0.005", description = "Rate of each kind of anomaly (default: ${DEFAULT-VALUE}).")
    double anomalyRate;

    @Option(names = "--prefix", description = "Identifier prefix of this run (default: sim<seed>).")
    String prefix;

    @Option(names = "--labels", defaultValue = "labels.jsonl", description = "Where to write the labels (default: ${DEFAULT-VALUE}).")
    Path labels;

    @Override
    public Integer call() throws Exception {
        int year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
        SimulationSettings settings = new SimulationSettings(seed, licences, mines, plants, days, lotsPerMineDay, anomalyRate, year,
                prefix == null ? "sim" + seed : prefix);
        long started = System.nanoTime();
        Simulator.Result result = new Simulator(new MizanClient(url), adminKey, System.err).run(settings);
        Labels.write(labels, settings.prefix(), result.labels());
        System.out.printf("Posted %,d events and %,d payments in %.1f s; %,d labelled anomalies written to %s%n", result.events(),
                result.payments(), (System.nanoTime() - started) / 1e9, result.labels().size(), labels);
        if (result.royaltiesAssessedOtherwise() > 0) {
            System.err.printf("Warning: the server assessed %,d royalties otherwise than the companies paid against; the royalty labels "
                    + "will not match what it finds%n", result.royaltiesAssessedOtherwise());
        }
        return 0;
    }
}
