package org.mizan.custody.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.Custody;
import org.mizan.custody.StreamRecord;
import org.mizan.custody.UnreadableRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One evaluator's pass over the committed custody stream: in sequence order from a persisted cursor,
 * each record exactly once. A batch's results and the cursor past it commit together. A record that
 * cannot be read, or whose evaluation fails for its own sake ({@link SetAsidePolicy}), is set aside
 * in that same transaction and the stream goes on; it is logged once at ERROR and counted
 * ({@code mizan.evaluator.set.aside}), and an operator can retry it. Nothing here is about oversight:
 * a later evaluator brings its own cursor and step.
 */
public final class StreamEvaluation {

    /** Where an evaluator stands in the stream; both methods run in the batch's transaction. */
    public interface Cursor {

        /** Reads the position and locks it for the transaction, so two nodes never evaluate the same records. */
        long lock();

        void moveTo(long seq);
    }

    /** What the evaluator does with one event, in the batch's transaction. */
    public interface Step {

        void evaluate(CommittedEvent event);

        /** Called before each batch, e.g. to forget what was cached for the previous one. */
        default void beginBatch() {
        }

        /** Called after the batch's last event, in its transaction, e.g. to store what the batch made in one go. */
        default void endBatch() {
        }
    }

    /** How a retry of a set-aside record ended. */
    public record Retry(long seq, boolean evaluated, String cause) {
    }

    private static final Logger log = LoggerFactory.getLogger(StreamEvaluation.class);

    private final String evaluator;
    private final Custody custody;
    private final TransactionTemplate transaction;
    private final SetAsideRecords setAside;
    private final Cursor cursor;
    private final Step step;
    private final Counter setAsideCounter;
    // Records whose evaluation failed for their own sake in a batch that then rolled back: the batch's
    // next attempt sets them aside instead of evaluating them again.
    private final Map<Long, RuntimeException> failed = new ConcurrentHashMap<>();
    // The last sequence number this node evaluated through (-1 before its first batch): how far behind it is.
    private volatile long through = -1;

    public StreamEvaluation(String evaluator, Custody custody, TransactionTemplate transaction, SetAsideRecords setAside, Cursor cursor,
            Step step, MeterRegistry meters) {
        this.evaluator = evaluator;
        this.custody = custody;
        this.transaction = transaction;
        this.setAside = setAside;
        this.cursor = cursor;
        this.step = step;
        this.setAsideCounter = Counter.builder("mizan.evaluator.set.aside").tag("evaluator", evaluator)
                .description("Records of the committed stream an evaluator set aside instead of evaluating").register(meters);
    }

    /** Evaluates or sets aside up to {@code limit} records past the cursor and moves it; returns how many. */
    public int next(int limit) {
        while (true) {
            List<SetAsideRecords.SetAside> setAsideNow = new ArrayList<>();
            try {
                Integer done = transaction.execute(tx -> batch(limit, setAsideNow));
                announce(setAsideNow);
                return done == null ? 0 : done;
            } catch (RecordFailed failure) {
                // The batch rolled back, with whatever the failing record had half written; its next attempt sets it aside.
                failed.put(failure.seq, failure.cause);
            }
        }
    }

    /**
     * Whether to give way to ingest now rather than evaluate. Before its first batch a node does not know how far
     * behind it is, and does not give way.
     */
    public boolean yieldsToIngest(IngestYieldPolicy policy) {
        long at = through;
        return at >= 0 && policy.yields(custody.ingestBusy(), () -> custody.lastCommittedSeq() - at);
    }

    private int batch(int limit, List<SetAsideRecords.SetAside> setAsideNow) {
        step.beginBatch();
        long from = cursor.lock();
        List<StreamRecord> records = custody.recordsAfter(from, limit);
        for (StreamRecord record : records) {
            RuntimeException bad = failed.get(record.seq());
            if (bad == null && record instanceof UnreadableRecord unreadable) {
                bad = unreadable.cause();
            }
            if (bad != null) {
                String eventId = eventId(record);
                String cause = SetAsidePolicy.describe(bad);
                setAside.add(evaluator, record.seq(), eventId, cause);
                setAsideNow.add(new SetAsideRecords.SetAside(evaluator, record.seq(), eventId, cause, null, 1, null));
            } else {
                evaluate((CommittedEvent) record);
            }
        }
        step.endBatch();
        long last = records.isEmpty() ? from : records.get(records.size() - 1).seq();
        if (!records.isEmpty()) {
            cursor.moveTo(last);
        }
        // Read by yieldsToIngest only; a batch that then rolls back leaves an estimate one batch ahead, which is harmless.
        through = last;
        return records.size();
    }

    private void evaluate(CommittedEvent event) {
        try {
            step.evaluate(event);
        } catch (RuntimeException e) {
            if (SetAsidePolicy.isTheRecords(e)) {
                throw new RecordFailed(event.seq(), e);
            }
            throw e;
        }
    }

    // After the commit, so that a batch rolled back and tried again logs and counts each record once.
    private void announce(List<SetAsideRecords.SetAside> setAsideNow) {
        for (SetAsideRecords.SetAside record : setAsideNow) {
            failed.remove(record.seq());
            setAsideCounter.increment();
            log.error("The {} evaluator set aside record {} (event {}) and goes on with the rest: {}", evaluator, record.seq(),
                    record.eventId(), record.cause());
        }
    }

    /** Evaluates one set-aside record again, out of order; it leaves the list only if it now evaluates. */
    public Retry retry(long seq) {
        try {
            transaction.executeWithoutResult(tx -> {
                cursor.lock();
                step.beginBatch();
                StreamRecord record = custody.recordAt(seq).orElseThrow(() -> new IllegalStateException("no committed record " + seq));
                if (record instanceof UnreadableRecord unreadable) {
                    throw new RecordFailed(seq, unreadable.cause());
                }
                evaluate((CommittedEvent) record);
                step.endBatch();
                setAside.remove(evaluator, seq);
            });
            log.info("The {} evaluator evaluated set-aside record {} on retry", evaluator, seq);
            return new Retry(seq, true, null);
        } catch (RecordFailed failure) {
            String cause = SetAsidePolicy.describe(failure.cause);
            setAside.failedAgain(evaluator, seq, cause);
            return new Retry(seq, false, cause);
        }
    }

    public long setAsideCount() {
        return setAside.count(evaluator);
    }

    public List<SetAsideRecords.SetAside> setAside() {
        return setAside.list(evaluator);
    }

    private static String eventId(StreamRecord record) {
        return record instanceof UnreadableRecord u ? u.eventId() : ((CommittedEvent) record).event().eventId().value();
    }

    /** A record's own failure, thrown out of the batch's transaction so that it rolls back. */
    private static final class RecordFailed extends RuntimeException {

        private final long seq;
        private final RuntimeException cause;

        RecordFailed(long seq, RuntimeException cause) {
            super("record " + seq + " failed", cause, false, false);
            this.seq = seq;
            this.cause = cause;
        }
    }
}
