package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.TestDatabase;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import picocli.CommandLine;

/**
 * The default benchmark, every section of it, at reduced sizes, through the same command line the jar
 * runs: a section that fails (an evaluator stuck on a record, a passport answering 500) fails the build.
 */
@ExtendWith(OutputCaptureExtension.class)
class BenchCommandIntegrationTests {

    // Mizan's own embedded PostgreSQL runs here whatever the test database is, as in the default deployment: on a
    // test server this would only repeat the embedded run, at several minutes of the build.
    @BeforeAll
    static void onTheEmbeddedRunOnly() {
        assumeFalse(TestDatabase.onServer(), "runs on its own embedded PostgreSQL, already tested in the embedded run");
    }

    @Test
    @Timeout(900)
    void theDefaultBenchmarkRunsEndToEnd(CapturedOutput output) {
        CommandLine command = new CommandLine(new Mizan());

        int code = command.execute("bench", "--events", "2000", "--batch", "500", "--clients", "2", "--trace-runs", "2",
                "--log-size", "20000", "--epcis-store", "60000", "--passport-events", "1031", "--disclosure-receipts", "5000");

        assertThat(code).as(output.getOut()).isZero();
        assertThat(output.getOut()).contains("(a) sequencer/HTTP", "(b) raw ceiling", "(c) upstream trace", "(e) ack to checkpoint",
                "(f) inclusion proof", "(h) EPCIS capture", "(i) MATCH_anyEPCClass", "(g) passport", "(d) log on vs off", "(j) fiscal on vs off")
                .containsPattern("\\(k\\) summary data +5,000 receipts, xlsx: [0-9.]+ s, [0-9,]+ bytes")
                .containsPattern("\\(j\\) assessment caught up with the stream [0-9.]+ s after the last acknowledgement")
                .contains("caught up: true, set aside: 0")
                .doesNotContain("Oversight evaluation failed").doesNotContain("set aside record");
    }

    @Test
    @Timeout(300)
    void theIngestComparisonMeasuresTheSequencerAgainstTheCeilingAndNothingElse(CapturedOutput output) {
        int code = new CommandLine(new Mizan()).execute("bench", "--ingest-only", "--events", "1000", "--batch", "250", "--clients", "2");

        assertThat(code).as(output.getOut()).isZero();
        assertThat(output.getOut()).containsPattern("\\(a\\) sequencer/HTTP +1000 events, 2 clients x 250 per batch: [0-9]+ events/s")
                .containsPattern("\\(b\\) raw ceiling +[0-9]+ events/s").contains("(a)/(b)")
                .doesNotContain("(c) upstream trace").doesNotContain("(d) log on vs off").doesNotContain("(g) passport");
    }
}
