package org.mizan.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.mizan.log.CompactRange;
import org.mizan.log.ProofBuilder;
import org.mizan.log.ProofVerifier;
import org.mizan.log.StoredNode;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.note.SignerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the tree from newly committed entries and signs a checkpoint for each new size, right
 * after commits (nudged) or at the latest every 200 ms. Before it runs it checks that the stored tree
 * still matches the latest signed checkpoint, and refuses to start otherwise.
 */
@Component
class LogIntegrator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogIntegrator.class);
    private static final int CHUNK = 10_000;

    private final LogStore store;
    private final SignerKey key;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private CompactRange range;

    LogIntegrator(LogStore store, SignerKey logSignerKey, TransactionTemplate transaction, Clock clock,
            @Value("${mizan.log.integrate:true}") boolean enabled) {
        this.store = store;
        this.key = logSignerKey;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
    }

    void nudge() {
        wake.release();
    }

    @Override
    public void start() {
        running = true;
        // Disabled only for the offline audit, which must be able to open a tampered database.
        if (enabled) {
            checkStoredTree();
            thread = new Thread(this::run, "mizan-log-integrator");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Refuses to start if the stored tree disagrees with the latest checkpoint the log signed. */
    void checkStoredTree() {
        Optional<LogStore.StoredCheckpoint> latest = store.latestCheckpoint();
        if (latest.isEmpty()) {
            return;
        }
        LogStore.StoredCheckpoint checkpoint = latest.get();
        Checkpoint signed = Checkpoint.open(checkpoint.note().getBytes(StandardCharsets.UTF_8), List.of(key.verifierKey().verifier()));
        if (signed.size() != checkpoint.size() || !Arrays.equals(signed.rootHash(), checkpoint.root())) {
            throw new IllegalStateException("The latest checkpoint's note does not match its stored size and root");
        }
        if (store.integratedSize() < checkpoint.size()) {
            throw new IllegalStateException("The stored tree has fewer leaves than the latest checkpoint (" + checkpoint.size() + ")");
        }
        byte[] root = new ProofBuilder(store.tree(checkpoint.size())).rootHash(checkpoint.size());
        if (!Arrays.equals(root, checkpoint.root())) {
            throw new IllegalStateException("The stored tree disagrees with the latest signed checkpoint at size "
                    + checkpoint.size() + "; refusing to start");
        }
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(200, TimeUnit.MILLISECONDS);
                wake.drainPermits();
                transaction.executeWithoutResult(tx -> integrate());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                range = null;
                log.error("Log integration failed; retrying", e);
            }
        }
    }

    /** One pass: hash new entries into the tree, then sign a checkpoint for the new size. */
    void integrate() {
        store.lockForIntegration();
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
        sign();
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
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (!store.insertCheckpointAfter(previous, new LogStore.StoredCheckpoint(range.size(), root, note, now))) {
            throw new IllegalStateException("Another writer signed a checkpoint after size " + previous);
        }
    }
}
