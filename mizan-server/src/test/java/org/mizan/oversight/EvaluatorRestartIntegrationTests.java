package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.custody.stream.SetAsideRecords;
import org.mizan.HttpIntegrationTest;
import org.mizan.custody.Custody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exactly once across interruptions: evaluation stopped mid-stream, a batch that fails and rolls
 * back, a fresh evaluator (as after a restart, it has nothing in memory) taking over from the
 * persisted cursor, and the background thread picking up new events.
 */
@TestPropertySource(properties = {"mizan.test.isolation=oversight-restart", "mizan.oversight.evaluate=false"})
class EvaluatorRestartIntegrationTests extends HttpIntegrationTest {

    @Autowired
    Evaluator evaluator;

    @Autowired
    LicenceDecisionWatch decisions;

    @Autowired
    Custody custody;

    @Autowired
    AlertRaising raising;

    @Autowired
    SetAsideRecords setAside;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private List<String> raised() {
        return jdbc.sql("select rule || '@' || array_to_string(event_ids, ',') from oversight_alert order by 1").query(String.class).list();
    }

    @Test
    void interruptedEvaluationRaisesEachAlertExactlyOnce() throws InterruptedException {
        OversightHttpFixture fixture = new OversightHttpFixture(api, adminKey(), keys);
        fixture.story();
        assertThat(evaluator.evaluateNext(3)).isEqualTo(3);
        long cursor = evaluator.cursor();
        assertThat(raised()).containsExactly("OUTSIDE_LICENCE_AREA@ov-x2", "OVER_CAPACITY@ov-x3");

        // A batch that fails after evaluating rolls back its alerts, its rule state and its cursor move together.
        transaction.executeWithoutResult(tx -> {
            evaluator.evaluateNext(4);
            tx.setRollbackOnly();
        });
        assertThat(evaluator.cursor()).isEqualTo(cursor);
        assertThat(raised()).hasSize(2);

        Evaluator restarted = new Evaluator(custody, raising, decisions, transaction, jdbc, setAside,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), false, 0);
        assertThat(restarted.drain()).isEqualTo(6);
        assertThat(raised()).containsExactly("ELEMENT_IMBALANCE@ov-p1", "IMPLAUSIBLE_TRANSIT@ov-d2,ov-r2", "OUTSIDE_LICENCE_AREA@ov-x2",
                "OVER_CAPACITY@ov-x3", "OVER_CAPACITY@ov-x4", "PERMIT_VIOLATION@ov-d1,ov-d2", "TRANSIT_LOSS@ov-d1,ov-r1");
        assertThat(restarted.drain()).isZero();
        assertThat(evaluator.drain()).as("the first evaluator resumes from the same cursor").isZero();
        assertThat(evaluator.caughtUp()).isTrue();

        evaluator.start();
        try {
            fixture.post(fixture.minerKey, List.of(java.util.Map.of("eventId", "ov-x5", "type", "extracted",
                    "time", OversightHttpFixture.T0.plusDays(2).toString(), "lot", "OV-E", "site", fixture.mine, "material", "cu-ore",
                    "form", "ore", "massKg", "1000", "grades", java.util.Map.of("Cu", "0.005"),
                    "location", java.util.Map.of("lat", 31.7, "lon", 72.55))));
            for (int i = 0; i < 100 && !raised().contains("OUTSIDE_LICENCE_AREA@ov-x2,ov-x5"); i++) {
                Thread.sleep(100);
            }
        } finally {
            evaluator.stop();
        }
        // The mine's second tagging outside its area folds into the open alert of the first.
        assertThat(raised()).contains("OUTSIDE_LICENCE_AREA@ov-x2,ov-x5").hasSize(7);
    }
}
