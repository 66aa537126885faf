package org.mizan.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.Rejection;
import org.mizan.log.ProofBuilder;
import org.mizan.log.note.SignerKey;
import org.mizan.log.note.VerifierKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The log's facade: append commitments inside the caller's transaction, read checkpoints and proofs. */
@Service
public class Ledger {

    /** A signed checkpoint: its tree size, root and the signed note text served at /log/checkpoint. */
    public record SignedCheckpoint(long size, byte[] root, String note) {
    }

    private final LogStore store;
    private final SignerKey key;
    private final LogIntegrator integrator;

    Ledger(LogStore store, SignerKey logSignerKey, LogIntegrator integrator) {
        this.store = store;
        this.key = logSignerKey;
        this.integrator = integrator;
    }

    /**
     * Appends commitments in the caller's transaction, so an event and its commitment commit or roll
     * back together; returns their indices. The tree is built from them right after commit. Several
     * modules append (custody's sequencer, oversight's case workflow): a transaction-scoped lock makes
     * each caller read the next index only after the previous appender has committed or rolled back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> append(List<byte[]> commitments) {
        store.lockForAppend();
        long first = store.nextIndex();
        store.insertEntries(first, commitments);
        List<Long> indices = new ArrayList<>(commitments.size());
        for (int i = 0; i < commitments.size(); i++) {
            indices.add(first + i);
        }
        return indices;
    }

    /** Asks for integration now rather than at the next tick; called after a commit. */
    public void nudge() {
        integrator.nudge();
    }

    public Optional<SignedCheckpoint> latestCheckpoint() {
        return store.latestCheckpoint().map(c -> new SignedCheckpoint(c.size(), c.root(), c.note()));
    }

    /**
     * The latest signed checkpoint that includes entry {@code index}. The log signs within a second of
     * new entries, so a reader asking right after a commit is worth a short wait (at most two seconds).
     */
    public Optional<SignedCheckpoint> checkpointCovering(long index) {
        for (int attempt = 0; attempt < 40; attempt++) {
            Optional<SignedCheckpoint> latest = latestCheckpoint().filter(c -> c.size() > index);
            if (latest.isPresent()) {
                return latest;
            }
            nudge();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    public VerifierKey verifierKey() {
        return key.verifierKey();
    }

    public String origin() {
        return key.name();
    }

    public List<byte[]> inclusionProof(long index, long treeSize) {
        requireIntegrated(treeSize);
        if (index < 0 || index >= treeSize) {
            throw outOfRange("index must be in [0, treeSize): index " + index + ", treeSize " + treeSize);
        }
        return new ProofBuilder(store.tree(treeSize)).inclusionProof(index, treeSize);
    }

    /** Proofs for many entries of one tree, in the order given; the tree's tiles are read once for all of them. */
    public List<List<byte[]>> inclusionProofs(List<Long> indices, long treeSize) {
        requireIntegrated(treeSize);
        ProofBuilder proofs = new ProofBuilder(store.tree(treeSize));
        List<List<byte[]>> out = new ArrayList<>(indices.size());
        for (long index : indices) {
            if (index < 0 || index >= treeSize) {
                throw outOfRange("index must be in [0, treeSize): index " + index + ", treeSize " + treeSize);
            }
            out.add(proofs.inclusionProof(index, treeSize));
        }
        return out;
    }

    public List<byte[]> consistencyProof(long from, long to) {
        requireIntegrated(to);
        if (from < 1 || from > to) {
            throw outOfRange("from must be in [1, to]: from " + from + ", to " + to);
        }
        return new ProofBuilder(store.tree(to)).consistencyProof(from, to);
    }

    public byte[] rootHash(long treeSize) {
        requireIntegrated(treeSize);
        return new ProofBuilder(store.tree(treeSize)).rootHash(treeSize);
    }

    private void requireIntegrated(long treeSize) {
        long size = store.integratedSize();
        if (treeSize < 1 || treeSize > size) {
            throw outOfRange("treeSize must be in [1, " + size + "], got " + treeSize);
        }
    }

    private static Rejection outOfRange(String detail) {
        return new Rejection(Rejection.Kind.MALFORMED, "out-of-range", detail, java.util.Map.of());
    }
}
