package org.mizan.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * (a) Concurrent clients post batches of extraction events of new ore lots at the demo copper pit,
 * through the API and so through the one sequencer. Bodies are built before the clock starts, so the
 * figure is the server's, not the client's JSON writing.
 */
public final class SequencerBench {

    /** The figures of one run, and an event it wrote, which the raw ceiling copies row for row. */
    public record Result(int events, double seconds, String templateEventId) {
        public double eventsPerSecond() {
            return events / seconds;
        }
    }

    private static final int WARM_UP_BATCHES_PER_CLIENT = 4;

    private final URI events;
    private final String key;
    private final String run;
    private final int clients;
    private final int batch;
    private final int total;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    // Monotonic event times in the past: one second apart, ending well before now, across warm-up and the run.
    private final OffsetDateTime firstTime;
    private final boolean dispatches;
    private int nextIndex;

    public SequencerBench(URI base, String key, String run, int clients, int batch, int total) {
        this(base, key, run, clients, batch, total, false);
    }

    /**
     * With {@code dispatches}, every second event dispatches the lot extracted just before it from the pit to the
     * export yard: a lease's first dispatch, the event royalty assessment works on.
     */
    public SequencerBench(URI base, String key, String run, int clients, int batch, int total, boolean dispatches) {
        this.dispatches = dispatches;
        this.events = base.resolve("/api/v1/events");
        this.key = key;
        this.run = run;
        this.clients = clients;
        this.batch = batch;
        this.total = total;
        int all = total + clients * WARM_UP_BATCHES_PER_CLIENT * batch;
        this.firstTime = OffsetDateTime.now(ZoneOffset.ofHours(5)).truncatedTo(ChronoUnit.SECONDS).minusSeconds(all + 86_400L);
    }

    public Result run(DataSource dataSource) throws Exception {
        System.out.printf("(a) Sequencer over HTTP: warming up with %d events ...%n", clients * WARM_UP_BATCHES_PER_CLIENT * batch);
        post(bodies(clients * WARM_UP_BATCHES_PER_CLIENT));
        List<byte[]> bodies = bodies(total / batch);
        int posted = bodies.size() * batch;
        String template = eventId(nextIndex - 1);
        System.out.printf("(a) Posting %d events: %d clients, %d events per request ...%n", posted, clients, batch);
        long started = System.nanoTime();
        post(bodies);
        double seconds = (System.nanoTime() - started) / 1e9;
        long stored = count(dataSource, "bench-" + run + "-%");
        System.out.printf("(a) %d events in %.2f s = %.0f events/s; every response 201; custody_event holds %d of the %d posted"
                + " with the warm-up%n%n", posted, seconds, posted / seconds, stored, nextIndex);
        return new Result(posted, seconds, template);
    }

    /** Sends the bodies from {@code clients} threads, each taking the next body when its previous one is acknowledged. */
    private void post(List<byte[]> bodies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        send(bodies.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/events answered " + response.statusCode() + ": " + response.body());
        }
    }

    private List<byte[]> bodies(int count) {
        List<byte[]> bodies = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            StringBuilder json = new StringBuilder(batch * 330).append("{\"events\":[");
            for (int e = 0; e < batch; e++) {
                int i = nextIndex++;
                json.append(e == 0 ? "" : ",").append(dispatches && i % 2 == 1 ? dispatch(i - 1) : extraction(i));
            }
            bodies.add(json.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private String extraction(int i) {
        // Points scattered over about 1 km around the pit, inside the Chagai licence.
        double lat = 29.095 + (i % 1000) * 0.00001;
        double lon = 62.045 + (i / 1000 % 1000) * 0.00001;
        return String.format(java.util.Locale.ROOT, "{\"eventId\":\"%s\",\"type\":\"extracted\",\"time\":\"%s\","
                + "\"lot\":\"BENCH-%s-ORE-%07d\",\"site\":\"chagai-copper-pit\",\"material\":\"cu-ore\",\"form\":\"ore\","
                + "\"massKg\":\"%d\",\"grades\":{\"Cu\":\"0.0051\",\"Au\":\"0.0000003\"},\"location\":{\"lat\":%.5f,\"lon\":%.5f}}",
                eventId(i), firstTime.plusSeconds(i), run, i, 25_000 + i % 10_000, lat, lon);
    }

    private String dispatch(int i) {
        OffsetDateTime at = firstTime.plusSeconds(i + 1);
        return String.format(java.util.Locale.ROOT, "{\"eventId\":\"bench-%s-dsp-%d\",\"type\":\"dispatched\",\"time\":\"%s\","
                + "\"lot\":\"BENCH-%s-ORE-%07d\",\"from\":\"chagai-copper-pit\",\"to\":\"fwo-export-yard\",\"permit\":{\"number\":"
                + "\"BENCH-%s-TP-%d\",\"vehicle\":\"BENCH-%d\",\"vehicleClass\":\"N3 articulated truck\",\"maxPayloadKg\":\"40000\","
                + "\"validFrom\":\"%s\",\"validUntil\":\"%s\"}}", run, i, at, run, i, run, i, i % 500, at, at.plusDays(2));
    }

    private String eventId(int i) {
        return "bench-" + run + "-ext-" + i;
    }

    static long count(DataSource dataSource, String eventIdPattern) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from custody_event where event_id like ?")) {
            s.setString(1, eventIdPattern);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
