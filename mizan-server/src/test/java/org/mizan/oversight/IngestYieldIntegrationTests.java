package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.mizan.HttpIntegrationTest;
import org.mizan.custody.Custody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Oversight gives way to ingest: while clients keep the single writer busy it falls behind instead of taking
 * processors from the writer, and it catches up once they pause. Without giving way it keeps pace (the
 * evaluator is several times faster than single-event posts), so the lag at the end of the burst tells.
 */
// Busy for 2 s after each write, so that a slow client on a loaded machine still keeps ingest busy through the burst.
@TestPropertySource(properties = {"mizan.test.isolation=ingest-yield", "mizan.fiscal.assess=false", "mizan.stream.yield-max-lag=100000",
        "mizan.stream.ingest-busy-within=PT2S"})
class IngestYieldIntegrationTests extends HttpIntegrationTest {

    private static final int CLIENTS = 2;
    private static final int EVENTS_EACH = 400;

    @Autowired
    Evaluator evaluator;

    @Autowired
    Custody custody;

    @Test
    void oversightFallsBehindWhileIngestIsBusyAndCatchesUpWhenItPauses() throws Exception {
        OversightHttpFixture fixture = new OversightHttpFixture(api, adminKey(), keys);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        OffsetDateTime t0 = OffsetDateTime.parse("2025-03-01T08:00:00+05:00");
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int i = 0; i < EVENTS_EACH; i++) {
                    fixture.post(fixture.minerKey, List.of(extraction("iy-" + client + "-" + i, t0.plusSeconds(i), fixture.mine)));
                }
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        long last = custody.lastCommittedSeq();
        long lag = last - evaluator.cursor();
        pool.shutdown();

        assertThat(lag).as("records oversight left for after the burst").isGreaterThanOrEqualTo(CLIENTS * EVENTS_EACH / 2);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (evaluator.cursor() < last && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(evaluator.cursor()).as("caught up after the burst").isEqualTo(last);
    }

    private static Map<String, Object> extraction(String id, OffsetDateTime at, String mine) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", "extracted", "time", at.toString()));
        e.putAll(Map.of("lot", id.toUpperCase(), "site", mine, "material", "cu-ore", "form", "ore", "massKg", "10",
                "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 31.55, "lon", 72.55)));
        return e;
    }

}
