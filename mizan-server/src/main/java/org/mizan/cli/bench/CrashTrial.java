package org.mizan.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.mizan.log.ProofVerifier;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.note.VerifierKey;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of one crash trial: clients that write extraction events and remember every
 * receipt, a watcher that remembers every checkpoint the log served, and afterwards the checks on the
 * restarted node: each acknowledged event is there with its receipt's log index and a proof that
 * verifies, and each served checkpoint is no larger than the log and consistent with it.
 */
final class CrashTrial {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> served = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private final OffsetDateTime firstTime = OffsetDateTime.now(ZoneOffset.ofHours(5)).truncatedTo(ChronoUnit.SECONDS)
            .minusDays(3);
    private final String run;
    private volatile boolean writing = true;

    CrashTrial(String run) {
        this.run = run;
    }

    /** Posts batches until the server stops answering 201 or {@link #stopWriting()}. */
    void write(URI base, String key, int batch) {
        write(base, key, batch, Integer.MAX_VALUE);
    }

    /** Posts {@code requests} batches, or fewer if the server stops answering 201. */
    void writeBatches(URI base, String key, int batch, int requests) {
        write(base, key, batch, requests);
    }

    private void write(URI base, String key, int batch, int requests) {
        for (int r = 0; r < requests && writing; r++) {
            StringBuilder body = new StringBuilder("{\"events\":[");
            for (int e = 0; e < batch; e++) {
                body.append(e == 0 ? "" : ",").append(extraction(next.getAndIncrement()));
            }
            try {
                HttpResponse<String> reply = post(base.resolve("/api/v1/events"), key, body.append("]}").toString());
                if (reply.statusCode() != 201) {
                    return;
                }
                for (JsonNode receipt : JSON.readTree(reply.body()).get("events")) {
                    acknowledged.put(receipt.get("eventId").asString(), receipt.get("logIndex").asLong());
                }
            } catch (Exception connectionLost) {
                return;
            }
        }
    }

    /** Remembers every checkpoint note served until {@link #stopWriting()}. */
    void watch(URI base) {
        while (writing) {
            try {
                HttpResponse<String> reply = get(base.resolve("/log/checkpoint"), null);
                if (reply.statusCode() == 200) {
                    served.add(reply.body());
                }
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception connectionLost) {
                // The server may be gone; keep what was served.
            }
        }
    }

    void stopWriting() {
        writing = false;
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Writes on the restarted node until its log has signed past {@code size}, so that a re-used index would show. */
    void growPast(URI base, String key, long size) throws Exception {
        writing = true;
        for (int attempt = 0; attempt < 400 && checkpointSize(base) <= size; attempt++) {
            write(base, key, 25, 1);
            Thread.sleep(50);
        }
    }

    /** The size of the log's latest checkpoint as served now, once it covers every acknowledged event. */
    long settledSize(URI base) throws Exception {
        long needed = acknowledged.values().stream().mapToLong(i -> i + 1).max().orElse(0);
        long size = checkpointSize(base);
        for (int attempt = 0; attempt < 300 && size < needed; attempt++) {
            Thread.sleep(100);
            size = checkpointSize(base);
        }
        return size;
    }

    private long checkpointSize(URI base) throws Exception {
        HttpResponse<String> reply = get(base.resolve("/log/checkpoint"), null);
        return reply.statusCode() == 200 ? Checkpoint.parse(reply.body().substring(0, reply.body().indexOf("\n\n") + 1)).size() : 0;
    }

    /** Acknowledged events that the restarted node does not hold, or holds at another log index (or without a valid proof). */
    long[] lostAndMoved(URI base, String adminKey, VerifierKey key) throws Exception {
        long lost = 0;
        long moved = 0;
        for (Map.Entry<String, Long> receipt : acknowledged.entrySet()) {
            HttpResponse<String> proof = get(base.resolve("/api/v1/events/" + receipt.getKey() + "/proof"), adminKey);
            if (proof.statusCode() != 200) {
                lost++;
                continue;
            }
            try {
                Disclosure disclosure = Disclosure.fromJson(JSON.readValue(proof.body(), Map.class));
                disclosure.verify(key);
                if (disclosure.index() != receipt.getValue()) {
                    moved++;
                }
            } catch (RuntimeException unverifiable) {
                moved++;
            }
        }
        return new long[] {lost, moved};
    }

    /** Served checkpoints larger than the log of {@code size}, or not consistent with its root. */
    int inconsistentCheckpoints(URI base, VerifierKey key, long size, byte[] root) throws Exception {
        int bad = 0;
        for (String note : served) {
            Checkpoint old = Checkpoint.open(note.getBytes(StandardCharsets.UTF_8), List.of(key.verifier()));
            if (old.size() > size) {
                bad++;
                continue;
            }
            HttpResponse<String> reply = get(base.resolve("/api/v1/log/proof/consistency?from=" + old.size() + "&to=" + size), null);
            try {
                List<byte[]> proof = JSON.readTree(reply.body()).get("hashes").valueStream()
                        .map(h -> Base64.getDecoder().decode(h.asString())).toList();
                ProofVerifier.verifyConsistency(old.size(), size, old.rootHash(), root, proof);
            } catch (RuntimeException inconsistent) {
                bad++;
            }
        }
        return bad;
    }

    long largestServed(VerifierKey key) {
        return served.stream().mapToLong(n -> Checkpoint.open(n.getBytes(StandardCharsets.UTF_8), List.of(key.verifier())).size())
                .max().orElse(0);
    }

    int servedCount() {
        return served.size();
    }

    HttpResponse<String> get(URI uri, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String key, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String extraction(int i) {
        return String.format(Locale.ROOT, "{\"eventId\":\"crash-%s-%d\",\"type\":\"extracted\",\"time\":\"%s\","
                + "\"lot\":\"CRASH-%s-%07d\",\"site\":\"chagai-copper-pit\",\"material\":\"cu-ore\",\"form\":\"ore\","
                + "\"massKg\":\"25000\",\"grades\":{\"Cu\":\"0.0051\"},\"location\":{\"lat\":29.095,\"lon\":62.045}}",
                run, i, firstTime.plusSeconds(i), run, i);
    }

    static String read(Path file) throws java.io.IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
