package org.mizan.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * (e) Time from acknowledgement to inclusion in a signed checkpoint, over HTTP as a client sees it:
 * one extraction at a time, then polling {@code /log/checkpoint} until its size covers the event's
 * log index. (f) Inclusion-proof latency once the log holds {@link LargeLog} entries.
 */
public final class LogBench {

    private final URI base;
    private final String key;
    private final String run;
    private final HttpClient http = HttpClient.newHttpClient();

    public LogBench(URI base, String key, String run) {
        this.base = base;
        this.key = key;
        this.run = run;
    }

    /** Acknowledgement-to-checkpoint times for {@code samples} events posted one after another. */
    public Latencies timeToCheckpoint(int samples) throws Exception {
        double[] millis = new double[samples];
        OffsetDateTime time = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusDays(1);
        for (int i = 0; i < samples; i++) {
            String body = String.format(Locale.ROOT, "{\"eventId\":\"bench-%s-ttc-%d\",\"type\":\"extracted\",\"time\":\"%s\","
                    + "\"lot\":\"BENCH-%s-TTC-%05d\",\"site\":\"chagai-copper-pit\",\"material\":\"cu-ore\",\"form\":\"ore\","
                    + "\"massKg\":\"1000\",\"grades\":{\"Cu\":\"0.005\"},\"location\":{\"lat\":29.1,\"lon\":62.05}}",
                    run, i, time.plusSeconds(i), run, i);
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/events"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long acknowledged = System.nanoTime();
            if (posted.statusCode() != 201) {
                throw new IllegalStateException("POST answered " + posted.statusCode() + ": " + posted.body());
            }
            long index = Long.parseLong(posted.body().replaceAll(".*\"logIndex\":(\\d+).*", "$1"));
            while (checkpointSize() <= index) {
                Thread.sleep(2);
            }
            millis[i] = (System.nanoTime() - acknowledged) / 1e6;
        }
        return Latencies.of(millis);
    }

    private long checkpointSize() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/log/checkpoint")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 ? Long.parseLong(response.body().split("\n")[1]) : 0;
    }

    /** Inclusion proofs for random indices of a tree of {@code size}, over HTTP. */
    public Latencies proofOverHttp(long size, int samples) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        double[] millis = new double[samples];
        for (int i = -20; i < samples; i++) {
            long index = random.nextLong(size);
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(
                    "/api/v1/log/proof/inclusion?index=" + index + "&treeSize=" + size)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("proof answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return Latencies.of(millis);
    }
}
