package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.TestDatabase;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.note.VerifierKey;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the real jar, kills it with SIGKILL in the middle of ingest, starts it again, and checks that
 * every acknowledged event is in the log with a valid proof and that the audit finds nothing wrong.
 */
class CrashRecoveryIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path JAR = Path.of("target", "mizan-server.jar");

    @Test
    void everyAcknowledgedEventSurvivesAKillDashNine() throws Exception {
        Path dataDir = TestDatabase.freshDataDir();
        String database = TestDatabase.freshDatabaseUrl();
        int port = freePort();
        Process server = start(dataDir, database, port, "serve", "--port", String.valueOf(port));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            Api api = awaitHealthy(port, server);
            String admin = Files.readString(dataDir.resolve("admin-key")).strip();
            CustodyHttpFixture fixture = new CustodyHttpFixture("kx");
            fixture.register(api, admin, 72.5, 31.5);
            String miner = api.post("/api/v1/parties/" + fixture.miner + "/keys", admin, "{\"role\":\"operator\"}").json().get("key").asString();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                writers.add(new Thread(() -> ingest(api, fixture, miner, writer, acknowledged)));
            }
            writers.forEach(Thread::start);
            Thread.sleep(2500);
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (Thread t : writers) {
                t.join(30_000);
            }
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("some events were acknowledged before the kill").hasSizeGreaterThan(20);

        Process restarted = start(dataDir, database, port, "serve", "--port", String.valueOf(port));
        try {
            Api api = awaitHealthy(port, restarted);
            String admin = Files.readString(dataDir.resolve("admin-key")).strip();
            VerifierKey key = VerifierKey.parse(api.get("/log/key").body().strip());
            for (String eventId : acknowledged) {
                Api.Reply proof = api.get("/api/v1/events/" + eventId + "/proof", admin);
                assertThat(proof.status()).as(eventId + ": " + proof.body()).isEqualTo(200);
                disclosure(proof.json()).verify(key);
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(60, TimeUnit.SECONDS);
        }
        Process audit = start(dataDir, database, port, "audit");
        assertThat(audit.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(audit.exitValue()).as(output).isZero();
        assertThat(output).contains("OK: the log is intact.");
    }

    /** Posts batches of ten extractions until the server stops answering; remembers what was acknowledged. */
    private static void ingest(Api api, CustodyHttpFixture fixture, String key, int writer, Set<String> acknowledged) {
        for (int batch = 0; batch < 10_000; batch++) {
            List<Object> events = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String id = "kx-" + writer + "-" + batch + "-" + i;
                ids.add(id);
                events.add(fixture.extracted(id, "KX-" + writer + "-" + batch + "-" + i, "500", "0.004", 1));
            }
            try {
                Api.Reply reply = api.post("/api/v1/events", key, Api.json(Map.of("events", events)));
                if (reply.status() != 201) {
                    return;
                }
                acknowledged.addAll(ids);
            } catch (RuntimeException connectionLost) {
                return;
            }
        }
    }

    private static Process start(Path dataDir, String database, int port, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        args.addAll(List.of(command));
        args.add("--data-dir=" + dataDir);
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true);
        builder.environment().put("SPRING_DATASOURCE_URL", database);
        // The run's test server is fast and not durable; this test kills only the JVM, which it survives.
        builder.environment().put("MIZAN_STORAGE_ACCEPT_NON_DURABLE_COMMITS", "true");
        if (!"audit".equals(command[0])) {
            builder.redirectOutput(dataDir.resolve("server-" + System.nanoTime() + ".log").toFile());
        }
        return builder.start();
    }

    private static Api awaitHealthy(int port, Process server) throws InterruptedException {
        Api api = new Api(port);
        for (int i = 0; i < 240; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("The server exited with " + server.exitValue());
            }
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return api;
                }
            } catch (RuntimeException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The server did not become healthy in 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Disclosure disclosure(JsonNode bundle) {
        return Disclosure.fromJson(JSON.treeToValue(bundle, java.util.Map.class));
    }
}
