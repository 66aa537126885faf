package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

class CustodyConcurrencyIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("cc");
    private static final int REQUESTS = 200;

    @Test
    void exactlyTheRequestsThatFitConsumeTheLastTonnesAndTheBalanceEndsExact() throws Exception {
        String admin = adminKey();
        F.register(api, admin, 73.0, 31.0);
        String miner = keyFor(F.miner, Role.OPERATOR);
        String processor = keyFor(F.processor, Role.PROCESSOR);
        post(miner, F.extracted("cc-x", "CC-ORE", "50000", "0.01", 1), 201);
        post(miner, F.dispatched("cc-d", "CC-ORE", F.mine, F.plant, 2), 201);
        post(processor, F.received("cc-r", "CC-ORE", F.plant, "50000", 3), 201);

        // Each request consumes 1 tonne; 50 fit, 150 must be refused.
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Map<String, Object> event = F.processed("cc-p" + i, "CC-ORE", "1000", "CC-CONC-" + i, "20", "0.3", 4);
            Callable<Reply> call = () -> {
                start.await();
                return api.post("/api/v1/events", processor, Api.json(event));
            };
            replies.add(pool.submit(call));
        }
        start.countDown();
        int accepted = 0;
        int refused = 0;
        for (Future<Reply> reply : replies) {
            Reply r = reply.get();
            if (r.status() == 201) {
                accepted++;
            } else {
                assertThat(r.status()).as(r.body()).isEqualTo(422);
                // Once the lot is empty it is consumed, so later requests meet a closed lot.
                assertThat(r.type()).isIn("/problems/custody-mass-negative", "/problems/custody-lot-closed");
                refused++;
            }
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(50);
        assertThat(refused).isEqualTo(150);
        var ore = api.get("/api/v1/lots/CC-ORE", admin).json();
        assertThat(ore.get("availableMassKg").asString()).isEqualTo("0");
        assertThat(ore.get("status").asString()).isEqualTo("consumed");
        var trace = api.get("/api/v1/lots/CC-ORE/trace?direction=downstream", admin).json();
        assertThat(trace.get("edges")).hasSize(50);
        long consumed = 0;
        for (var edge : trace.get("edges")) {
            consumed += Long.parseLong(edge.get("consumedKg").asString());
        }
        assertThat(consumed).isEqualTo(50_000);
    }

    private void post(String key, Object event, int status) {
        Reply reply = api.post("/api/v1/events", key, Api.json(event));
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    }
}
