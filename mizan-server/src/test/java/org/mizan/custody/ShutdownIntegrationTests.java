package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.Api;
import org.mizan.MizanApplication;
import org.mizan.TestDatabase;
import org.mizan.kernel.PartyId;
import org.mizan.security.ApiKeys;
import org.mizan.security.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

/**
 * Closing the application (what SIGTERM does) while clients write and oversight works through a
 * backlog: the web server stops first, then the sequencer and the evaluator finish what they hold,
 * then the pool closes. Nothing is logged as an error and every acknowledged event is stored.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShutdownIntegrationTests {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("sd");
    private static final int BACKLOG = 6_000;
    private static final int CLIENTS = 4;

    @Test
    @Timeout(240)
    void aContextClosedWhileTheWorkersAreBusyLogsNoErrorAndLosesNothing(CapturedOutput output) throws Exception {
        String url = TestDatabase.freshDatabaseUrl();
        ConfigurableApplicationContext context = SpringApplication.run(MizanApplication.class, "--server.port=0",
                "--spring.datasource.url=" + url, "--mizan.data-dir=" + TestDatabase.freshDataDir(), "--mizan.oversight.evaluate=false",
                "--" + TestDatabase.ACCEPT_NON_DURABLE + "=true");
        Api api = new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        ApiKeys keys = context.getBean(ApiKeys.class);
        F.register(api, keys.issue(new PartyId("mizan-operator"), Role.ADMIN).secret(), 72.5, 31.5);
        String miner = keys.issue(new PartyId(F.miner), Role.OPERATOR).secret();
        for (int from = 0; from < BACKLOG; from += 500) {
            List<Object> events = new ArrayList<>();
            for (int i = from; i < from + 500; i++) {
                events.add(F.extracted("sd-backlog-" + i, "SD-B-" + i, "10", "0.01", 1));
            }
            Api.Reply reply = api.post("/api/v1/events", miner, Api.json(Map.of("events", events)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }
        // Oversight starts only now, so that it is still working through the backlog when the context closes.
        ((Lifecycle) context.getBean("evaluator")).start();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> answeredOtherwise = new ConcurrentLinkedQueue<>();
        AtomicBoolean closing = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int n = 0; ; n++) {
                    String id = "sd-live-" + client + "-" + n;
                    try {
                        Api.Reply reply = api.post("/api/v1/events", miner, Api.json(F.extracted(id, id.toUpperCase(), "10", "0.01", 1)));
                        if (reply.status() == 201) {
                            acknowledged.add(id);
                        } else {
                            answeredOtherwise.add(id + ": " + reply.status() + " " + reply.body());
                            if (closing.get()) {
                                return null;
                            }
                        }
                    } catch (RuntimeException refused) {
                        // The server has stopped taking connections.
                        return null;
                    }
                }
            }));
        }
        Thread.sleep(300);
        long closedAt = System.nanoTime();
        int before = output.getOut().length();
        closing.set(true);
        context.close();
        double closeSeconds = (System.nanoTime() - closedAt) / 1e9;
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();

        String duringClose = output.getOut().substring(before);
        assertThat(duringClose).doesNotContain(" ERROR ").doesNotContain("Oversight evaluation failed")
                .doesNotContain("The sequencer stopped").doesNotContain("did not finish");
        assertThat(acknowledged).as("writes acknowledged while the clients ran").isNotEmpty();
        // The web server stops taking requests before the sequencer stops: a request is either answered or
        // refused at the door, never accepted and then turned away by a writer that is already gone.
        assertThat(answeredOtherwise).as("requests answered other than 201").isEmpty();
        try (Connection c = DriverManager.getConnection(url)) {
            for (String id : acknowledged) {
                assertThat(count(c, "select count(*) from custody_event where event_id = ?", id)).as(id).isEqualTo(1);
            }
            long cursor = count(c, "select seq from oversight_cursor where name = 'custody'", null);
            assertThat(cursor).as("oversight had evaluated something").isPositive();
            assertThat(cursor).as("oversight was still busy when the context closed")
                    .isLessThan(count(c, "select max(seq) from custody_event", null));
            assertThat(count(c, "select count(*) from oversight_alert where event_seq > ?", cursor))
                    .as("no alert beyond the cursor that committed with it").isZero();
        }
        assertThat(closeSeconds).as("closing takes the current batch, not a timeout").isLessThan(25);
    }

    private static long count(Connection c, String sql, Object param) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setObject(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
