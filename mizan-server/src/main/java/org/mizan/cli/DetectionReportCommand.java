package org.mizan.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.mizan.cli.simulate.AlertFeed;
import org.mizan.cli.simulate.DetectionReport;
import org.mizan.cli.simulate.Labels;
import org.mizan.cli.simulate.MizanClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Compares a server's alerts with a simulation's labels: recall and precision per rule. */
@Command(name = "detection-report", mixinStandardHelpOptions = true,
        description = "Print recall and precision per rule of a server's alerts against a simulation's labels.")
class DetectionReportCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server base URL (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--key", required = true, defaultValue = "${env:MIZAN_ADMIN_KEY}",
            description = "An auditor or administrator key (or MIZAN_ADMIN_KEY).")
    String key;

    @Option(names = "--labels", defaultValue = "labels.jsonl")
    Path labels;

    @Option(names = "--wait", defaultValue = "PT30M", description = "How long to wait for evaluation to catch up (default: ${DEFAULT-VALUE}).")
    Duration wait;

    @Option(names = "--fiscal-quiet", defaultValue = "PT2M30S", description = "How long the alerts must stay unchanged before the "
            + "report, so that the fiscal rules' sweep has judged the payments; more than two of the server's "
            + "mizan.oversight.fiscal.sweep (default: ${DEFAULT-VALUE}).")
    Duration fiscalQuiet;

    @Override
    public Integer call() throws Exception {
        Labels.Read read = Labels.read(labels);
        AlertFeed feed = new AlertFeed(new MizanClient(url), key);
        feed.awaitEvaluation(wait);
        System.err.println("Waiting for the alerts to stay unchanged for " + fiscalQuiet + " (the fiscal rules judge on a sweep) ...");
        feed.awaitQuiet(read.prefix(), fiscalQuiet, wait);
        List<DetectionReport.Raised> alerts = feed.alerts(read.prefix());
        System.out.print(DetectionReport.table(DetectionReport.compare(read.labels(), alerts)));
        System.out.println();
        System.out.print(DetectionReport.patternTable(DetectionReport.patterns(read.labels(), alerts)));
        return 0;
    }
}
