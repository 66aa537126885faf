package org.mizan.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.log.CompactRange;
import org.mizan.log.StoredNode;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.tile.TilePath;
import org.mizan.log.disclosure.Commitment;
import org.mizan.log.note.SignerKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes everything the log claims from what is stored: each commitment from its event and salt,
 * the whole tree from the commitments, each stored node hash, and each checkpoint's root and signature.
 * It reads one snapshot of the database, so a node that goes on writing while it runs cannot make
 * the entries, the records and the checkpoints it compares disagree.
 */
@Service
public class Auditor {

    private static final int CHUNK = 10_000;

    private final LogStore store;
    private final List<CommittedRecords> records;
    private final SignerKey key;
    private final TransactionTemplate snapshot;

    Auditor(LogStore store, List<CommittedRecords> records, SignerKey logSignerKey, PlatformTransactionManager transactions) {
        this.store = store;
        this.records = records;
        this.key = logSignerKey;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public AuditReport audit() {
        return snapshot.execute(tx -> auditSnapshot());
    }

    private AuditReport auditSnapshot() {
        List<String> problems = new ArrayList<>();
        long entries = store.entryCount();
        long[] seen = {0};
        // Each owner's records are checked against their own entries; together they must account for every entry.
        java.util.BitSet claimed = new java.util.BitSet();
        records.forEach(owner -> owner.forEachInLogOrder(r -> {
            seen[0]++;
            checkCommitment(r, entries, problems);
            if (r.index() != null && r.index() >= 0 && r.index() < entries) {
                if (claimed.get(Math.toIntExact(r.index()))) {
                    problems.add("entry " + r.index() + " is claimed by more than one record, including " + r.id());
                }
                claimed.set(Math.toIntExact(r.index()));
            }
        }));
        if (seen[0] != entries) {
            problems.add(entries + " log entries but " + seen[0] + " recorded events: an event was dropped or added");
        }
        Map<Long, byte[]> roots = rebuild(entries, problems);
        List<LogStore.StoredCheckpoint> checkpoints = store.checkpoints();
        for (LogStore.StoredCheckpoint c : checkpoints) {
            checkCheckpoint(c, roots, problems);
        }
        return new AuditReport(entries, seen[0], checkpoints.size(), problems);
    }

    private void checkCommitment(CommittedRecords.Committed r, long entries, List<String> problems) {
        if (r.index() == null || r.index() < 0 || r.index() >= entries) {
            problems.add("event " + r.id() + " has no entry in the log");
            return;
        }
        byte[] stored = store.entries(r.index(), r.index() + 1).get(0);
        byte[] recomputed = r.salt() == null ? null : Commitment.of(r.salt(), r.recorded());
        if (!Arrays.equals(stored, recomputed)) {
            problems.add("entry " + r.index() + " does not commit to event " + r.id()
                    + " as stored: the event or its salt was changed, or entries were reordered");
        }
    }

    /** Rebuilds the tree from the entries, compares each stored node, and returns the root at every size. */
    private Map<Long, byte[]> rebuild(long entries, List<String> problems) {
        Map<Long, byte[]> roots = new HashMap<>();
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        store.checkpoints().forEach(c -> wanted.add(c.size()));
        CompactRange range = new CompactRange();
        long integrated = store.integratedSize();
        for (long from = 0; from < entries; from += CHUNK) {
            List<StoredNode> nodes = new ArrayList<>();
            for (byte[] commitment : store.entries(from, Math.min(entries, from + CHUNK))) {
                nodes.addAll(range.append(TreeHasher.leafHash(commitment)));
                if (wanted.contains(range.size())) {
                    roots.put(range.size(), range.rootHash());
                }
            }
            compareStored(nodes, integrated, problems);
        }
        return roots;
    }

    private void compareStored(List<StoredNode> nodes, long integrated, List<String> problems) {
        Map<Integer, List<StoredNode>> byLevel = new HashMap<>();
        nodes.stream().filter(n -> n.id().endLeaf() <= integrated && n.id().level() % TilePath.HEIGHT == 0)
                .forEach(n -> byLevel.computeIfAbsent(n.id().level(), l -> new ArrayList<>()).add(n));
        byLevel.forEach((level, recomputed) -> {
            long from = recomputed.get(0).id().index();
            Map<Long, byte[]> stored = store.hashesByIndex(level, from, recomputed.get(recomputed.size() - 1).id().index() + 1);
            for (StoredNode node : recomputed) {
                byte[] hash = stored.get(node.id().index());
                if (!Arrays.equals(node.hash(), hash)) {
                    problems.add("stored hash of node (level " + level + ", index " + node.id().index() + ") "
                            + (hash == null ? "is missing" : "differs from the one recomputed from the entries: a tile was altered"));
                }
            }
        });
    }

    private void checkCheckpoint(LogStore.StoredCheckpoint c, Map<Long, byte[]> roots, List<String> problems) {
        try {
            Checkpoint signed = Checkpoint.open(c.note().getBytes(StandardCharsets.UTF_8), List.of(key.verifierKey().verifier()));
            if (signed.size() != c.size() || !Arrays.equals(signed.rootHash(), c.root())) {
                problems.add("checkpoint " + c.size() + ": its signed note does not match its stored size and root");
            }
        } catch (RuntimeException e) {
            problems.add("checkpoint " + c.size() + ": signature does not verify (" + e.getMessage() + ")");
        }
        byte[] recomputed = roots.get(c.size());
        if (recomputed == null) {
            problems.add("checkpoint " + c.size() + " is beyond the stored entries");
        } else if (!Arrays.equals(recomputed, c.root())) {
            problems.add("checkpoint " + c.size() + ": root differs from the root recomputed from the entries");
        }
    }
}
