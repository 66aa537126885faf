package org.mizan.custody.sequencer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.mizan.custody.CustodyEvent;

/**
 * The single writer. Requests wait in a queue; one thread takes as many as are waiting, validates
 * each against the lot book in order, writes all accepted ones in one transaction (group commit) and
 * only then answers. Holding a PostgreSQL advisory lock for its lifetime makes it the only writer
 * across nodes: a standby blocks on the lock until the active node's connection goes away.
 */
@Component
public class Sequencer extends Worker {

    public static final long WRITER_LOCK = 0x4d697a616e5371L;
    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
    private static final int MAX_GROUP = 256;
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Duration IDLE_POLL = Duration.ofMillis(100);
    private static final Duration LOCK_POLL = Duration.ofMillis(250);

    /**
     * Events to apply atomically; {@code submitter}, when present, is the party that sent them, which may be a hub
     * reporting for their actors.
     */
    public record Submission(List<CustodyEvent> events, Optional<PartyId> submitter, CompletableFuture<List<Receipt>> answer) {

        /** Events each submitted by its own actor. */
        public Submission(List<CustodyEvent> events, CompletableFuture<List<Receipt>> answer) {
            this(events, Optional.empty(), answer);
        }

        /** The party that submitted the event for its actor, empty when the actor submitted it itself. */
        Optional<PartyId> submittedBy(CustodyEvent event) {
            return submitter.filter(s -> !s.equals(event.actor()));
        }
    }

    private final BlockingQueue<Submission> queue = new ArrayBlockingQueue<>(10_000);
    // When the last group was written (System.nanoTime), for readers of the stream that give way to ingest.
    private volatile long lastWrite = System.nanoTime() - Duration.ofDays(1).toNanos();
    private final DataSource dataSource;
    private final GroupWriter writer;

    Sequencer(DataSource dataSource, GroupWriter writer) {
        super("mizan-sequencer", STOP_WAIT);
        this.dataSource = dataSource;
        this.writer = writer;
    }

    /** Whether requests are waiting or a group was written within {@code within}: ingest is busy. */
    public boolean writing(Duration within) {
        return !queue.isEmpty() || System.nanoTime() - lastWrite < within.toNanos();
    }

    /** Queues events to be applied atomically; the future completes once they are durable or refused. */
    public CompletableFuture<List<Receipt>> submit(List<CustodyEvent> events) {
        return submit(events, Optional.empty());
    }

    /**
     * Queues events a party sent, to be applied atomically; those whose actor is another party are recorded as
     * submitted by it. Whether it may speak for them is decided before, by the submitter policy.
     */
    public CompletableFuture<List<Receipt>> submit(List<CustodyEvent> events, Optional<PartyId> submitter) {
        Submission submission = new Submission(List.copyOf(events), submitter, new CompletableFuture<>());
        try {
            if (!isRunning() || !queue.offer(submission, 5, TimeUnit.SECONDS)) {
                submission.answer().completeExceptionally(GroupWriter.unavailable("The write queue is full; try again"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            submission.answer().completeExceptionally(GroupWriter.unavailable("Interrupted while queueing"));
        }
        return submission.answer();
    }

    @Override
    public int getPhase() {
        return AFTER_WEB_SERVER;
    }

    /** The group being written when stopping commits and is answered: the base never interrupts the thread. */
    @Override
    protected void work() throws InterruptedException {
        try (Connection lock = dataSource.getConnection(); Statement s = lock.createStatement()) {
            if (!awaitWriterLock(s)) {
                return;
            }
            try {
                writeUntilStopped();
            } finally {
                // The connection goes back to the pool: a session lock left on it would keep the next writer
                // (this one restarted, or a standby) waiting for ever.
                s.execute("select pg_advisory_unlock(" + WRITER_LOCK + ")");
            }
        } catch (SQLException | RuntimeException e) {
            log.error("The sequencer stopped", e);
        }
    }

    /** Requests still queued are answered 503. */
    @Override
    protected void finished() {
        List<Submission> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(s -> s.answer().completeExceptionally(GroupWriter.unavailable("The server is shutting down")));
    }

    /**
     * Takes the writer lock, waiting while another node holds it (this one is then a standby). Polled
     * rather than blocking in {@code pg_advisory_lock}, so a standby that is stopped stops at once.
     */
    private boolean awaitWriterLock(Statement s) throws SQLException, InterruptedException {
        while (isRunning()) {
            try (ResultSet taken = s.executeQuery("select pg_try_advisory_lock(" + WRITER_LOCK + ")")) {
                if (taken.next() && taken.getBoolean(1)) {
                    return true;
                }
            }
            pause(LOCK_POLL);
        }
        return false;
    }

    private void writeUntilStopped() throws InterruptedException {
        List<Submission> group = new ArrayList<>();
        while (isRunning()) {
            Submission first = queue.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                continue;
            }
            group.add(first);
            queue.drainTo(group, MAX_GROUP - 1);
            writer.write(group);
            lastWrite = System.nanoTime();
            group.clear();
        }
    }
}
