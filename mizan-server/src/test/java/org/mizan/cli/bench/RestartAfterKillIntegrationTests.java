package org.mizan.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.TestDatabase;
import org.mizan.log.note.VerifierKey;

import tools.jackson.databind.json.JsonMapper;

/**
 * After {@code kill -9} of the JVM alone its embedded PostgreSQL lives on, holding the data directory;
 * the first restart must still come up, on the same data.
 */
class RestartAfterKillIntegrationTests {

    // Mizan's own embedded PostgreSQL runs here whatever the test database is, as in the default deployment: on a
    // test server this would only repeat the embedded run, at several minutes of the build.
    @BeforeAll
    static void onTheEmbeddedRunOnly() {
        assumeFalse(TestDatabase.onServer(), "runs on its own embedded PostgreSQL, already tested in the embedded run");
    }

    @Test
    void theFirstRestartAfterKillingTheJvmComesUpWithItsData() throws Exception {
        Path dataDir = Files.createTempDirectory("mizan-restart-it");
        CrashTrial writes = new CrashTrial("rk");
        // Closed only at the end: closing it stops the orphan PostgreSQL, which the restart must do itself.
        ServerProcess server = ServerProcess.start(Launcher.mizan(), dataDir,
                List.of("--mizan.demo.enabled=true", "--mizan.demo.keys-file=" + dataDir.resolve("demo-keys.json")));
        ServerProcess restarted = null;
        try {
            assertThat(server.awaitHealthy(Duration.ofMinutes(4))).as("first start").isPresent();
            String operator = (String) JsonMapper.builder().build().readValue(dataDir.resolve("demo-keys.json").toFile(), Map.class)
                    .get("fwo");
            writes.writeBatches(server.base(), operator, 10, 3);
            assertThat(writes.acknowledgedCount()).isEqualTo(30);
            long orphan = server.postmaster().orElseThrow();
            server.killJvm();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the JVM").contains(true);

            restarted = ServerProcess.start(Launcher.mizan(), dataDir, List.of());
            assertThat(restarted.awaitHealthy(Duration.ofMinutes(4))).as("the first restart comes up; see " + restarted.log())
                    .isPresent();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
            VerifierKey key = VerifierKey.parse(writes.get(restarted.base().resolve("/log/key"), null).body().strip());
            writes.settledSize(restarted.base());
            long[] lostAndMoved = writes.lostAndMoved(restarted.base(), CrashTrial.read(dataDir.resolve("admin-key")), key);
            assertThat(lostAndMoved).containsExactly(0, 0);
        } finally {
            if (restarted != null) {
                restarted.close();
            }
            server.close();
            TrialFiles.delete(dataDir);
        }
    }
}
