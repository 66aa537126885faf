package org.mizan.oversight;

import java.time.Duration;
import java.util.List;

import org.mizan.custody.stream.SetAsidePolicy;
import org.mizan.custody.stream.IngestYieldPolicy;
import org.mizan.custody.stream.SetAsideRecords;
import org.mizan.custody.stream.StreamEvaluation;
import org.mizan.custody.Custody;
import org.mizan.kernel.SwitchableWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs the rules over the committed custody stream on its own thread, in sequence order, through a
 * {@link StreamEvaluation}: each batch's alerts, rule state, set-aside records and the cursor past
 * them commit in one transaction, so a restart resumes exactly after the last evaluated event; the
 * cursor row is locked for the batch, so two nodes never evaluate the same events. The sequencer
 * never waits for it, and it gives way to ingest ({@link IngestYieldPolicy}). It stops after the web server and before the connection pool closes, once its
 * current batch is done.
 */
@Component
class Evaluator extends SwitchableWorker {

    static final String NAME = "oversight";
    private static final Logger log = LoggerFactory.getLogger(Evaluator.class);
    private static final int BATCH = 500;
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private static final Duration YIELD_PAUSE = Duration.ofMillis(50);

    private final StreamEvaluation evaluation;
    private final IngestYieldPolicy yield;
    private final LicenceDecisionWatch decisions;
    private final Custody custody;
    private final JdbcClient jdbc;

    Evaluator(Custody custody, AlertRaising raising, LicenceDecisionWatch decisions, TransactionTemplate transaction, JdbcClient jdbc,
            SetAsideRecords setAside, MeterRegistry meters, @Value("${mizan.oversight.evaluate:true}") boolean enabled,
            @Value("${mizan.stream.yield-max-lag:100000}") long yieldMaxLag) {
        super("mizan-oversight", STOP_WAIT, enabled);
        this.decisions = decisions;
        this.yield = new IngestYieldPolicy(yieldMaxLag);
        this.custody = custody;
        this.jdbc = jdbc;
        this.evaluation = new StreamEvaluation(NAME, custody, transaction, setAside, new StreamEvaluation.Cursor() {
            @Override
            public long lock() {
                return jdbc.sql("select seq from oversight_cursor where name = 'custody' for update").query(Long.class).single();
            }

            @Override
            public void moveTo(long seq) {
                jdbc.sql("update oversight_cursor set seq = ? where name = 'custody'").param(seq).update();
            }
        }, raising, meters);
    }

    /** Evaluates (or sets aside) up to {@code limit} events past the cursor and moves it; returns how many. */
    int evaluateNext(int limit) {
        return evaluation.next(limit);
    }

    /** Evaluates until the stream is exhausted; for tools and tests that need the alerts now. */
    int drain() {
        int total = 0;
        for (int n = evaluateNext(BATCH); n > 0; n = evaluateNext(BATCH)) {
            total += n;
        }
        decisions.sweep();
        return total;
    }

    /**
     * Evaluates until the stream is exhausted or {@code budget} has passed, whichever is first; never
     * throws. For readers that want fresh alerts but must answer even when evaluation lags or fails.
     */
    void catchUp(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            while (System.nanoTime() < deadline && evaluateNext(BATCH) > 0) {
                // One batch at a time, so the budget is overrun by one batch at most.
            }
        } catch (RuntimeException e) {
            log.warn("Oversight could not catch up for a reader ({}); it answers with the alerts raised so far", e.toString());
        }
    }

    long cursor() {
        return jdbc.sql("select seq from oversight_cursor where name = 'custody'").query(Long.class).single();
    }

    boolean caughtUp() {
        return custody.recordsAfter(cursor(), 1).isEmpty();
    }

    long setAsideCount() {
        return evaluation.setAsideCount();
    }

    List<SetAsideRecords.SetAside> setAside() {
        return evaluation.setAside();
    }

    StreamEvaluation.Retry retry(long seq) {
        return evaluation.retry(seq);
    }

    /** The current batch finishes when stopping: the base never interrupts the thread. */
    @Override
    protected void work() throws InterruptedException {
        while (isRunning()) {
            try {
                if (evaluation.yieldsToIngest(yield)) {
                    pause(YIELD_PAUSE);
                } else if (evaluateNext(BATCH) == 0) {
                    // Caught up with the stream: the decisions recorded meanwhile that reach back before it.
                    decisions.sweep();
                    pause(Duration.ofMillis(200));
                }
            } catch (RuntimeException e) {
                // Not the record's fault (see SetAsidePolicy): the batch rolled back, the cursor did not move, so
                // the same events are evaluated again once the database answers.
                log.error("Oversight evaluation failed; retrying in 5 s", e);
                pause(Duration.ofSeconds(5));
            }
        }
    }
}
