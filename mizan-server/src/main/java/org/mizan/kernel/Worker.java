package org.mizan.kernel;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background thread that starts and stops with the application: custody's sequencer, oversight's
 * evaluator and the ledger's integrator each run one. The loop is theirs; the lifecycle (a named
 * daemon thread, a pause that stopping cuts short, a bounded wait for the thread) is this.
 */
public abstract class Worker implements SmartLifecycle {

    /**
     * After the web server (whose graceful shutdown and stop run at {@code DEFAULT_PHASE - 1024} and
     * {@code - 2048}), so requests in flight are answered, and before the connection pool closes.
     */
    public static final int AFTER_WEB_SERVER = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration stopWait;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;

    protected Worker(String name, Duration stopWait) {
        this.name = name;
        this.stopWait = stopWait;
    }

    /** The loop, on the worker's thread; it returns once {@link #isRunning()} is false. */
    protected abstract void work() throws InterruptedException;

    /** Called on the worker's thread after the loop has ended and the worker no longer counts as running. */
    protected void finished() {
    }

    /** Whether a thread still busy after the stop wait is interrupted and waited for once more. */
    protected boolean interruptsWhenOverdue() {
        return false;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Lets the current unit of work finish (the thread is not interrupted: an interrupted JDBC call
     * would fail it), cuts a pause short, then waits for the thread, at most the stop wait.
     */
    @Override
    public synchronized void stop() {
        running = false;
        wake.release();
        Thread worker = thread;
        if (worker == null) {
            return;
        }
        try {
            worker.join(stopWait.toMillis());
            if (worker.isAlive() && interruptsWhenOverdue()) {
                worker.interrupt();
                worker.join(stopWait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            log.warn("The {} thread did not finish within {}", name, stopWait);
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Cuts the current or next {@link #pause(Duration)} short. */
    protected void wake() {
        wake.release();
    }

    /** Waits at most {@code duration}, less when woken or stopped; wake-ups that came meanwhile are used up. */
    protected void pause(Duration duration) throws InterruptedException {
        wake.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
    }

    private void run() {
        try {
            work();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // A thread left over from before a restart must not mark its successor stopped.
            if (thread == Thread.currentThread()) {
                running = false;
            }
            finished();
        }
    }
}
