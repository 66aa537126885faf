package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.mizan.custody.sequencer.Sequencer;

/**
 * A stopped and restarted sequencer (a paused and resumed context, a lifecycle restart) must write
 * again: its writer lock has to leave with it, not stay on a pooled connection.
 */
class SequencerRestartIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("sr");

    @Autowired
    Sequencer sequencer;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Timeout(60)
    void aRestartedSequencerTakesTheWriterLockAgainAndRecords() {
        String admin = adminKey();
        F.register(api, admin, 72.0, 30.0);
        String miner = keyFor(F.miner, Role.OPERATOR);
        assertThat(api.post("/api/v1/events", miner, Api.json(F.extracted("sr-x1", "SR-ORE-1", "1000", "0.01", 1))).status())
                .isEqualTo(201);

        sequencer.stop();
        assertThat(sequencer.isRunning()).isFalse();
        assertThat(writerLockHolders()).as("sessions still holding the writer lock after stop").isZero();
        sequencer.start();

        Api.Reply after = api.post("/api/v1/events", miner, Api.json(F.extracted("sr-x2", "SR-ORE-2", "1000", "0.01", 2)));
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/lots/SR-ORE-2", miner).json().get("status").asString()).isEqualTo("at-site");
    }

    private long writerLockHolders() {
        return jdbc.sql("""
                select count(*) from pg_locks
                where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())
                  and classid = ? and objid = ? and objsubid = 1""")
                .param(Sequencer.WRITER_LOCK >>> 32).param(Sequencer.WRITER_LOCK & 0xffffffffL)
                .query(Long.class).single();
    }
}
