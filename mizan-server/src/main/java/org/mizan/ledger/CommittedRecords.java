package org.mizan.ledger;

import java.util.function.Consumer;

/**
 * The records whose commitments the log holds, as their owner stores them. The audit recomputes each
 * commitment from these. Custody (its events) and oversight (its case transitions) implement it, so the
 * log never reads another module's tables.
 */
public interface CommittedRecords {

    /** A record with its log index (null if it has none), salt and recorded form. */
    record Committed(String id, Long index, byte[] salt, Object recorded) {
    }

    /** Visits every record in log-index order. */
    void forEachInLogOrder(Consumer<Committed> visitor);
}
