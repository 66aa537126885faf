package org.mizan.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.TestDatabase;

/**
 * A few crash trials of the default deployment in every build (the benchmark runs more): serve on its
 * embedded PostgreSQL, both killed together while clients write, restarted on the same data.
 */
class CrashTrialsIntegrationTests {

    // Mizan's own embedded PostgreSQL runs here whatever the test database is, as in the default deployment: on a
    // test server this would only repeat the embedded run, at several minutes of the build.
    @BeforeAll
    static void onTheEmbeddedRunOnly() {
        assumeFalse(TestDatabase.onServer(), "runs on its own embedded PostgreSQL, already tested in the embedded run");
    }

    @Test
    void noAcknowledgedEventIsLostAndNoServedCheckpointIsContradicted() throws Exception {
        Path root = Files.createTempDirectory("mizan-crash-it");
        List<CrashTrials.Outcome> outcomes = new CrashTrials(Launcher.mizan(), root, 4, List.of(), 20_261_202L).run(2);
        assertThat(outcomes).hasSize(2).allSatisfy(outcome -> {
            assertThat(outcome.refusal()).as("restart").isNull();
            assertThat(outcome.acknowledged()).as("events acknowledged before the kill").isGreaterThan(0);
            assertThat(outcome.checkpointsServed()).as("checkpoints served before the kill").isGreaterThan(0);
            assertThat(outcome.lost()).as("acknowledged events lost").isZero();
            assertThat(outcome.moved()).as("acknowledged events at another log index").isZero();
            assertThat(outcome.sizeAfterRestart()).isGreaterThan(outcome.largestServed());
            assertThat(outcome.inconsistentCheckpoints()).as("served checkpoints contradicted after restart").isZero();
        });
        TrialFiles.delete(root);
    }
}
