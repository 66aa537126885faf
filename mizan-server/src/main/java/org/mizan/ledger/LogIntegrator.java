package org.mizan.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mizan.log.CompactRange;
import org.mizan.log.ProofBuilder;
import org.mizan.log.ProofVerifier;
import org.mizan.log.StoredNode;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.kernel.Worker;
import org.mizan.log.note.SignerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the tree from newly committed entries and signs a checkpoint for each new size, right
 * after commits (nudged) or at the latest every 200 ms. Before it runs it checks that the stored tree
 * still contains every checkpoint the log published ({@link LogContinuityPolicy}), and refuses to
 * start otherwise.
 *
 * <p>Only durable entries are signed: the tree is extended in a transaction that commits
 * synchronously, which flushes the WAL of every entry it covers, and a checkpoint is signed only
 * after that commit. The signed note is written to {@link PublishedCheckpoint} before the
 * transaction that makes it servable commits.
 */
@Component
class LogIntegrator extends Worker {

    private static final Logger log = LoggerFactory.getLogger(LogIntegrator.class);
    private static final int CHUNK = 10_000;

    private static final Duration TICK = Duration.ofMillis(200);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final LogStore store;
    private final SignerKey key;
    private final PublishedCheckpoint published;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private CompactRange range;

    LogIntegrator(LogStore store, SignerKey logSignerKey, PublishedCheckpoint published, TransactionTemplate transaction,
            Clock clock, @Value("${mizan.log.integrate:true}") boolean enabled) {
        super("mizan-log-integrator", STOP_WAIT);
        this.store = store;
        this.key = logSignerKey;
        this.published = published;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
    }

    void nudge() {
        wake();
    }

    /** Disabled only for the offline audit, which must be able to open a tampered database. */
    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    @Override
    public void start() {
        checkStoredTree();
        super.start();
    }

    /** Nothing may sign while the connection pool closes: a pass that outlasts the stop wait is interrupted. */
    @Override
    protected boolean interruptsWhenOverdue() {
        return true;
    }

    /** Refuses to start if the stored tree does not contain a checkpoint the log published, loudly. */
    void checkStoredTree() {
        LogContinuityPolicy policy = new LogContinuityPolicy(store);
        Optional<LogStore.StoredCheckpoint> latest = store.latestCheckpoint();
        if (latest.isPresent()) {
            LogStore.StoredCheckpoint checkpoint = latest.get();
            Checkpoint signed = Checkpoint.open(checkpoint.note().getBytes(StandardCharsets.UTF_8), List.of(key.verifierKey().verifier()));
            if (signed.size() != checkpoint.size() || !Arrays.equals(signed.rootHash(), checkpoint.root())) {
                throw refused("The latest checkpoint's note does not match its stored size and root; refusing to start");
            }
            policy.refusal(checkpoint.size(), checkpoint.root(), "the latest in the database").ifPresent(reason -> {
                throw refused(reason);
            });
        }
        Optional<Checkpoint> file = published.read();
        if (file.isPresent()) {
            policy.refusal(file.get().size(), file.get().rootHash(), "kept in " + published.file()).ifPresent(reason -> {
                throw refused(reason);
            });
        }
    }

    private static IllegalStateException refused(String reason) {
        log.error(reason);
        return new IllegalStateException(reason);
    }

    @Override
    protected void work() throws InterruptedException {
        while (isRunning()) {
            try {
                pause(TICK);
                integrate();
            } catch (RuntimeException e) {
                range = null;
                log.error("Log integration failed; retrying", e);
            }
        }
    }

    /** One pass: hash new entries into the tree and commit it durably, then sign a checkpoint for the new size. */
    void integrate() {
        transaction.executeWithoutResult(tx -> extendTree());
        transaction.executeWithoutResult(tx -> {
            store.lockForIntegration();
            sign();
        });
    }

    private void extendTree() {
        store.lockForIntegration();
        // The commit of this transaction flushes the WAL up to here, so every entry it hashes is durable.
        store.commitSynchronously();
        long integrated = store.integratedSize();
        if (range == null || range.size() != integrated) {
            range = CompactRange.resume(integrated, store.tree(integrated));
        }
        long entries = store.entryCount();
        while (range.size() < entries) {
            List<StoredNode> nodes = new ArrayList<>();
            for (byte[] commitment : store.entries(range.size(), Math.min(entries, range.size() + CHUNK))) {
                nodes.addAll(range.append(TreeHasher.leafHash(commitment)));
            }
            store.insertNodes(nodes);
        }
    }

    private void sign() {
        Optional<LogStore.StoredCheckpoint> latest = store.latestCheckpoint();
        long previous = latest.map(LogStore.StoredCheckpoint::size).orElse(-1L);
        if (range.size() == 0 || range.size() <= previous) {
            return;
        }
        byte[] root = range.rootHash();
        if (latest.isPresent()) {
            // Never sign a tree that does not extend the last one we signed.
            List<byte[]> proof = new ProofBuilder(store.tree(range.size())).consistencyProof(previous, range.size());
            ProofVerifier.verifyConsistency(previous, range.size(), latest.get().root(), root, proof);
        }
        String note = new String(new Checkpoint(key.name(), range.size(), root).sign(List.of(key.signer())).toBytes(),
                StandardCharsets.UTF_8);
        store.commitSynchronously();
        published.write(note);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (!store.insertCheckpointAfter(previous, new LogStore.StoredCheckpoint(range.size(), root, note, now))) {
            throw new IllegalStateException("Another writer signed a checkpoint after size " + previous);
        }
    }
}
