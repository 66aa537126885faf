package org.mizan.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mizan.MizanApplication;
import org.mizan.TestDatabase;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.note.SignerKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log keeps the checkpoint it published outside the database, and will not sign on a database
 * that does not hold it: one that lost entries (shorter) or holds other entries (a different root at
 * the published size). Each context is started by hand so that a data directory can outlive its
 * database.
 */
class LogContinuityIntegrationTests {

    private static final String ORIGIN = "mizan.localhost/log";
    private final String signerKey = SignerKey.generate(ORIGIN, new SecureRandom()).encoded();

    private ConfigurableApplicationContext start(String database, Path dataDir) {
        return new SpringApplicationBuilder(MizanApplication.class).run("--spring.datasource.url=" + database,
                "--mizan.data-dir=" + dataDir, "--server.port=0", "--mizan.log.signer-key=" + signerKey,
                "--" + TestDatabase.ACCEPT_NON_DURABLE + "=true");
    }

    /** Appends {@code count} random commitments and waits until a checkpoint covers them; returns its size. */
    private static long appendAndSign(ConfigurableApplicationContext context, int count) throws InterruptedException {
        Ledger ledger = context.getBean(Ledger.class);
        SecureRandom random = new SecureRandom();
        List<byte[]> commitments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] c = new byte[32];
            random.nextBytes(c);
            commitments.add(c);
        }
        List<Long> indices = context.getBean(TransactionTemplate.class).execute(tx -> ledger.append(commitments));
        return ledger.checkpointCovering(indices.get(indices.size() - 1)).orElseThrow().size();
    }

    private static Checkpoint published(Path dataDir) throws Exception {
        return Checkpoint.parse(new String(Files.readAllBytes(dataDir.resolve("log-checkpoint")), StandardCharsets.UTF_8)
                .replaceFirst("(?s)\n\n.*", "\n"));
    }

    private static Set<Thread> integrators() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("mizan-log-integrator") && t.isAlive())
                .collect(Collectors.toSet());
    }

    @Test
    void keepsThePublishedCheckpointOutsideTheDatabaseBeforeServingIt() throws Exception {
        Path dataDir = TestDatabase.freshDataDir();
        // Other contexts of the run have integrators of their own; this context's is the one that was not there before.
        Set<Thread> before = integrators();
        try (ConfigurableApplicationContext context = start(TestDatabase.freshDatabaseUrl(), dataDir)) {
            long size = appendAndSign(context, 7);
            Ledger.SignedCheckpoint served = context.getBean(Ledger.class).latestCheckpoint().orElseThrow();
            assertThat(published(dataDir).size()).isGreaterThanOrEqualTo(served.size()).isGreaterThanOrEqualTo(size);
            assertThat(integrators()).as("this context's integrator runs").hasSizeGreaterThan(before.size());
        }
        assertThat(integrators()).as("the integrator has stopped with its context").isSubsetOf(before);
    }

    @Test
    void refusesToSignOnADatabaseShorterThanThePublishedCheckpoint() throws Exception {
        Path dataDir = TestDatabase.freshDataDir();
        long size;
        try (ConfigurableApplicationContext context = start(TestDatabase.freshDatabaseUrl(), dataDir)) {
            size = appendAndSign(context, 12);
        }
        // A database restored from an older backup: the log published `size` entries, this one holds fewer.
        String older = TestDatabase.freshDatabaseUrl();
        try (ConfigurableApplicationContext context = start(older, TestDatabase.freshDataDir())) {
            appendAndSign(context, 3);
        }
        assertThatThrownBy(() -> start(older, dataDir).close()).rootCause()
                .hasMessageContaining("published a checkpoint of size " + size)
                .hasMessageContaining("refusing to start").hasMessageContaining("restore the database");
    }

    @Test
    void refusesToSignOnADatabaseWhoseTreeDiffersAtThePublishedSize() throws Exception {
        Path dataDir = TestDatabase.freshDataDir();
        long size;
        try (ConfigurableApplicationContext context = start(TestDatabase.freshDatabaseUrl(), dataDir)) {
            size = appendAndSign(context, 5);
        }
        // Another database of the same log key that went on with other entries: longer, but not our tree.
        String other = TestDatabase.freshDatabaseUrl();
        try (ConfigurableApplicationContext context = start(other, TestDatabase.freshDataDir())) {
            appendAndSign(context, (int) size + 10);
        }
        assertThatThrownBy(() -> start(other, dataDir).close()).rootCause()
                .hasMessageContaining("root at size " + size).hasMessageContaining("refusing to start");
    }
}
