package org.mizan.fiscal.royalty;

import java.time.Duration;

import org.mizan.custody.Custody;
import org.mizan.custody.stream.IngestYieldPolicy;
import org.mizan.custody.stream.SetAsideRecords;
import org.mizan.custody.stream.StreamEvaluation;
import org.mizan.kernel.SwitchableWorker;
import org.mizan.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Assesses royalties off the sequencer, on its own thread, from a persisted cursor: each batch's lot
 * state, assessments and log entries and the cursor past them commit together, so every taxable event is
 * assessed exactly once across restarts, and a second node waits on the cursor's row lock. Ingest never
 * waits for it, and it gives way to ingest ({@link IngestYieldPolicy}). Off with {@code mizan.fiscal.assess=false}.
 */
@Component
class AssessmentWorker extends SwitchableWorker {

    static final String NAME = "fiscal";
    private static final Logger log = LoggerFactory.getLogger(AssessmentWorker.class);
    private static final int BATCH = 500;

    private static final Duration YIELD_PAUSE = Duration.ofMillis(50);

    private final StreamEvaluation evaluation;
    private final IngestYieldPolicy yield;
    private final Custody custody;
    private final JdbcClient jdbc;

    AssessmentWorker(Custody custody, FiscalLots lots, Assessments assessments, RateRows rates, PriceRows prices, ExchangeRates exchange,
            IncentiveRows incentives, Registry registry, TransactionTemplate transaction, JdbcClient jdbc, SetAsideRecords setAside, MeterRegistry meters,
            @Value("${mizan.fiscal.assess:true}") boolean enabled, @Value("${mizan.stream.yield-max-lag:100000}") long yieldMaxLag) {
        super("mizan-fiscal", Duration.ofSeconds(30), enabled);
        this.yield = new IngestYieldPolicy(yieldMaxLag);
        this.custody = custody;
        this.jdbc = jdbc;
        Assessor assessor = new Assessor(lots, assessments, new Assessing(registry, rates, prices, exchange, incentives), registry);
        this.evaluation = new StreamEvaluation(NAME, custody, transaction, setAside, new StreamEvaluation.Cursor() {
            @Override
            public long lock() {
                return jdbc.sql("select seq from fiscal_cursor where name = 'custody' for update").query(Long.class).single();
            }

            @Override
            public void moveTo(long seq) {
                jdbc.sql("update fiscal_cursor set seq = ? where name = 'custody'").param(seq).update();
            }
        }, assessor, meters);
    }

    /** Assesses until the stream is exhausted; for tools and tests that need the assessments now. */
    int drain() {
        int total = 0;
        for (int n = evaluation.next(BATCH); n > 0; n = evaluation.next(BATCH)) {
            total += n;
        }
        return total;
    }

    /** Assesses for at most {@code budget}; never throws. For readers that want fresh figures but must answer. */
    void catchUp(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            while (System.nanoTime() < deadline && evaluation.next(BATCH) > 0) {
                // One batch at a time.
            }
        } catch (RuntimeException e) {
            log.warn("Fiscal assessment could not catch up for a reader ({}); it answers with the assessments made so far", e.toString());
        }
    }

    long cursor() {
        return jdbc.sql("select seq from fiscal_cursor where name = 'custody'").query(Long.class).single();
    }

    long committedThrough() {
        return custody.lastCommittedSeq();
    }

    @Override
    protected void work() throws InterruptedException {
        while (isRunning()) {
            try {
                if (evaluation.yieldsToIngest(yield)) {
                    pause(YIELD_PAUSE);
                } else if (evaluation.next(BATCH) == 0) {
                    pause(Duration.ofMillis(200));
                }
            } catch (RuntimeException e) {
                log.error("Fiscal assessment failed; retrying in 5 s", e);
                pause(Duration.ofSeconds(5));
            }
        }
    }
}
