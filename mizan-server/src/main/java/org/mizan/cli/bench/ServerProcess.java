package org.mizan.cli.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code mizan serve} as a separate operating-system process in a session of its own ({@code setsid}),
 * on 127.0.0.1, with its embedded PostgreSQL under its data directory. It can be killed the ways a
 * machine dies: the JVM alone ({@code kill -9} of the process), or the JVM and its PostgreSQL together
 * (SIGKILL to both process groups at once, as an OOM kill of a container or a power cut does; the
 * PostgreSQL server leaves the JVM's session when it starts, so both groups are named).
 */
public final class ServerProcess implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final Process process;
    private final Path log;

    private ServerProcess(Path dataDir, int port, Process process, Path log) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code launcher serve --data-dir=... --server.port=...} followed by {@code arguments};
     * {@code launcher} is the java command line up to the main class or jar.
     */
    public static ServerProcess start(List<String> launcher, Path dataDir, List<String> arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("setsid"));
        command.addAll(launcher);
        command.addAll(List.of("serve", "--data-dir=" + dataDir, "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(arguments);
        Path log = dataDir.resolve("server-" + System.nanoTime() + ".log");
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        return new ServerProcess(dataDir, port, builder.start(), log);
    }

    /** The java command line that runs this same code: the jar it came from, or its class path. */
    public static List<String> launcherOfThisJvm() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            return List.of(java, "-Xmx512m", "-jar", classPath);
        }
        return List.of(java, "-Xmx512m", "-cp", classPath, "org.mizan.cli.Mizan");
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    /** Waits until the server answers healthy; empty if the process ended first (its log says why). */
    public Optional<Integer> awaitHealthy(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return Optional.empty();
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base().resolve("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return Optional.of(port);
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server did not become healthy within " + limit + "; see " + log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** SIGKILL to the JVM alone: its PostgreSQL lives on, as after an operator's {@code kill -9}. */
    public void killJvm() throws IOException, InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGKILL to the JVM's and PostgreSQL's process groups in one system call each, back to back. */
    public void killTogether() throws IOException, InterruptedException {
        Set<String> groups = new LinkedHashSet<>();
        groups.add("-" + process.pid());
        postmaster().flatMap(ServerProcess::processGroup).ifPresent(g -> groups.add("-" + g));
        List<String> kill = new ArrayList<>(List.of("kill", "-KILL", "--"));
        kill.addAll(groups);
        new ProcessBuilder(kill).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM and wait, as a supervisor stops a service; then makes sure nothing of it is left. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                killTogether();
            }
        }
        Optional<Long> orphan = postmaster().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        if (orphan.isPresent()) {
            ProcessHandle.of(orphan.get()).ifPresent(ProcessHandle::destroy);
            ProcessHandle.of(orphan.get()).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        }
    }

    /** The pid of the PostgreSQL server of this data directory, from its lock file. */
    public Optional<Long> postmaster() {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
            return lines.isEmpty() || !lines.get(0).strip().matches("[0-9]+") ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> processGroup(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which is in parentheses and may contain spaces: state ppid pgrp ...
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[2]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up on Linux). A port the kernel handed out is
     * the kind it hands out again: the server's own embedded PostgreSQL, starting before its web server, could
     * be given it and leave the web server nowhere to listen.
     */
    private static int freePort() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(System.nanoTime());
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(candidate, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Try another.
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
