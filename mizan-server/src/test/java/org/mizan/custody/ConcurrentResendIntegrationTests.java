package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One client re-sends the same new event from many threads at once, round after round, while other
 * clients write their own events: a re-send must never fail anyone else's write, and the re-sent
 * event is stored exactly once.
 */
class ConcurrentResendIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("cr");
    private static final int ROUNDS = 20;
    private static final int COPIES = 12;
    private static final int OTHER_WRITERS = 4;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Timeout(180)
    void concurrentCopiesOfOneNewEventFailNoOtherWriteAndAreStoredOnce() throws Exception {
        F.register(api, adminKey(), 70.0, 29.5);
        String miner = keyFor(F.miner, Role.OPERATOR);
        ExecutorService pool = Executors.newFixedThreadPool(COPIES + OTHER_WRITERS);
        AtomicInteger otherWrites = new AtomicInteger();
        List<String> collateral = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String eventId = "cr-resent-" + round;
                String body = Api.json(F.extracted(eventId, "CR-RESENT-" + round, "500", "0.01", 1));
                CountDownLatch start = new CountDownLatch(1);
                AtomicBoolean copiesDone = new AtomicBoolean();
                List<Future<?>> others = new ArrayList<>();
                for (int w = 0; w < OTHER_WRITERS; w++) {
                    int writer = w;
                    int r = round;
                    others.add(pool.submit(() -> {
                        start.await();
                        for (int n = 0; !copiesDone.get() || n < 3; n++) {
                            String id = "cr-other-" + r + "-" + writer + "-" + n;
                            Reply reply = api.post("/api/v1/events", miner, Api.json(F.extracted(id, id.toUpperCase(), "10", "0.01", 1)));
                            otherWrites.incrementAndGet();
                            if (reply.status() != 201) {
                                collateral.add(id + ": " + reply.status() + " " + reply.body());
                            }
                        }
                        return null;
                    }));
                }
                List<Future<Reply>> copies = new ArrayList<>();
                for (int c = 0; c < COPIES; c++) {
                    copies.add(pool.submit(() -> {
                        start.await();
                        return api.post("/api/v1/events", miner, body);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Reply> copy : copies) {
                    Reply reply = copy.get();
                    assertThat(reply.status()).as(reply.body()).isIn(200, 201);
                    statuses.add(reply.status());
                }
                copiesDone.set(true);
                for (Future<?> other : others) {
                    other.get();
                }
                assertThat(statuses).as("round %d: one copy recorded, the others acknowledged as re-sends", round)
                        .containsOnlyOnce(201).hasSize(COPIES);
                assertThat(jdbc.sql("select count(*) from custody_event where event_id = ?").param(eventId).query(Long.class).single())
                        .as("round %d: the re-sent event is stored", round).isEqualTo(1);
                assertThat(jdbc.sql("select available_g from lot where id = ?").param("CR-RESENT-" + round).query(Long.class).single())
                        .isEqualTo(500_000L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(collateral).as("other writers' failures among %d writes", otherWrites.get()).isEmpty();
        assertThat(otherWrites.get()).isGreaterThanOrEqualTo(ROUNDS * OTHER_WRITERS * 3);
    }
}
