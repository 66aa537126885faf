package org.mizan.ledger;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.mizan.log.ProofBuilder;

/**
 * The start-up rule of the log: the stored tree must contain every checkpoint the log has published
 * (the latest in the database and the one kept in {@code <data-dir>/log-checkpoint}) with the same
 * root. A stored log that is shorter, or whose root at a published size differs, is not the log the
 * world has seen; signing on it would give new events indices already signed for other entries, a
 * fork. The reason names both sizes and what an operator can do.
 */
final class LogContinuityPolicy {

    private final LogStore store;

    LogContinuityPolicy(LogStore store) {
        this.store = store;
    }

    /** Why the log must not sign on top of the stored tree, or empty if the tree extends {@code published}. */
    Optional<String> refusal(long size, byte[] root, String where) {
        long integrated = store.integratedSize();
        long entries = store.entryCount();
        if (integrated < size) {
            return Optional.of(String.format("The log published a checkpoint of size %d (%s), but the database holds only %d "
                    + "log entries (%d in the tree): entries the log signed are missing, and signing now would give new events "
                    + "indices that were signed for other entries, forking the log; refusing to start. %s",
                    size, where, entries, integrated, remedy(size)));
        }
        byte[] stored = new ProofBuilder(store.tree(size)).rootHash(size);
        if (!Arrays.equals(stored, root)) {
            return Optional.of(String.format("The stored tree's root at size %d is %s, but the checkpoint of that size the log "
                    + "published (%s) has root %s: the database does not hold the log that was signed (the stored log has %d "
                    + "entries); refusing to start. %s", size, hex(stored), where, hex(root), entries, remedy(size)));
        }
        return Optional.empty();
    }

    private static String remedy(long size) {
        return "An operator can restore the database from a backup that holds the log up to at least size " + size
                + " and start again, or run `mizan audit` to inspect it; if those entries are lost for good this log cannot "
                + "continue, and a new log (new origin and key) must be started and the loss published.";
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
