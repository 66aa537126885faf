package org.mizan.oversight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.Custody;
import org.mizan.kernel.SiteId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the rules over the committed custody stream on its own thread, in sequence order. Each batch
 * of events, the alerts and rule state they produce, and the cursor past them commit in one
 * transaction, so a restart resumes exactly after the last evaluated event; the cursor row is locked
 * for the batch, so two nodes never evaluate the same events. The sequencer never waits for it.
 */
@Component
class Evaluator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Evaluator.class);
    private static final int BATCH = 500;

    private final Custody custody;
    private final RuleBook rules;
    private final Alerts alerts;
    private final RegistryLookups registry;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OversightSettings settings;
    private final boolean enabled;
    private volatile boolean running;
    private Thread thread;

    Evaluator(Custody custody, RuleBook rules, Alerts alerts, RegistryLookups registry, TransactionTemplate transaction, JdbcClient jdbc,
            Clock clock, OversightSettings settings, @Value("${mizan.oversight.evaluate:true}") boolean enabled) {
        this.custody = custody;
        this.rules = rules;
        this.alerts = alerts;
        this.registry = registry;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.enabled = enabled;
    }

    /** Evaluates up to {@code limit} events past the cursor and moves it; returns how many. */
    int evaluateNext(int limit) {
        Integer done = transaction.execute(tx -> {
            registry.clear();
            long cursor = jdbc.sql("select seq from oversight_cursor where name = 'custody' for update").query(Long.class).single();
            List<CommittedEvent> events = custody.committedAfter(cursor, limit);
            for (CommittedEvent event : events) {
                OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                for (Finding f : rules.evaluate(event)) {
                    alerts.raise(f, province(f), event.seq(), now, now.plus(settings.sla(f.severity())));
                }
            }
            if (!events.isEmpty()) {
                jdbc.sql("update oversight_cursor set seq = ? where name = 'custody'").param(events.get(events.size() - 1).seq()).update();
            }
            return events.size();
        });
        return done == null ? 0 : done;
    }

    /** Evaluates until the stream is exhausted; for tools and tests that need the alerts now. */
    int drain() {
        int total = 0;
        for (int n = evaluateNext(BATCH); n > 0; n = evaluateNext(BATCH)) {
            total += n;
        }
        return total;
    }

    long cursor() {
        return jdbc.sql("select seq from oversight_cursor where name = 'custody'").query(Long.class).single();
    }

    boolean caughtUp() {
        return custody.committedAfter(cursor(), 1).isEmpty();
    }

    private Optional<String> province(Finding f) {
        return f.subject().sites().stream().findFirst()
                .flatMap(site -> registry.site(new SiteId(site))).flatMap(s -> s.province()).map(p -> p.value());
    }

    /** Off ({@code mizan.oversight.evaluate=false}) for tools and tests that evaluate on their own schedule. */
    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "mizan-oversight");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (evaluateNext(BATCH) == 0) {
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The batch rolled back; the cursor did not move, so the same events are evaluated again.
                log.error("Oversight evaluation failed; retrying", e);
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
