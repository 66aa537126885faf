package org.mizan.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code postmaster.pid} left in the embedded data directory by a run that did not shut down.
 * PostgreSQL detaches from the JVM that starts it, so after {@code kill -9} of the JVM alone the
 * server lives on, holding the directory, and the next start fails. Before starting, the orphan of
 * this directory is stopped cleanly (fast shutdown); a lock file whose process is gone, or belongs to
 * something else, is stale and removed.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
    private static final long STOP_SECONDS = 60;

    private final Path dataDirectory;
    private final Path lockFile;

    OrphanPostmaster(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.lockFile = this.dataDirectory.resolve("postmaster.pid");
    }

    /** Leaves the directory free for a new server: stops our orphan, removes a stale lock file. */
    void clear() {
        if (!Files.exists(lockFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = orphan();
        if (orphan.isEmpty()) {
            log.warn("Removing the stale {} of a PostgreSQL that is no longer running", lockFile);
            delete();
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("PostgreSQL {} still runs on {} after an unclean stop; shutting it down before starting again",
                postmaster.pid(), dataDirectory);
        stop(postmaster);
    }

    /** The live postgres process this lock file names, if it serves our directory. */
    Optional<ProcessHandle> orphan() {
        List<String> lines = lines();
        if (lines.size() < 2 || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        boolean ours = Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(dataDirectory);
        return process.filter(p -> ours && isPostgres(p) && servesOurDirectory(p));
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false);
    }

    /** When the process's arguments are readable, its {@code -D} must be our directory too. */
    private boolean servesOurDirectory(ProcessHandle process) {
        Optional<String[]> arguments = process.info().arguments();
        if (arguments.isEmpty()) {
            return true;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D")) {
                return Path.of(args[i + 1]).toAbsolutePath().normalize().equals(dataDirectory);
            }
        }
        return true;
    }

    private void stop(ProcessHandle postmaster) {
        Optional<Path> pgCtl = postmaster.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl")).filter(Files::isExecutable);
        if (pgCtl.isPresent() && pgCtlStop(pgCtl.get())) {
            return;
        }
        postmaster.destroy();
        if (!waitFor(postmaster)) {
            log.warn("PostgreSQL {} did not stop in {} s; killing it (its WAL makes the next start recover)",
                    postmaster.pid(), STOP_SECONDS);
            postmaster.destroyForcibly();
            waitFor(postmaster);
        }
        if (Files.exists(lockFile) && orphan().isEmpty()) {
            delete();
        }
    }

    private boolean pgCtlStop(Path pgCtl) {
        try {
            Process stop = new ProcessBuilder(pgCtl.toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w",
                    "-t", Long.toString(STOP_SECONDS)).redirectErrorStream(true).start();
            String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean stopped = stop.waitFor(STOP_SECONDS + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
            if (!stopped) {
                log.warn("pg_ctl stop did not stop the orphan PostgreSQL: {}", output);
            }
            return stopped;
        } catch (IOException e) {
            log.warn("Could not run {}: {}", pgCtl, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitFor(ProcessHandle process) {
        try {
            process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        }
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(lockFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private void delete() {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + lockFile, e);
        }
    }
}
