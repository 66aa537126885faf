package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.HttpIntegrationTest;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.json.EventJson;
import org.mizan.custody.sequencer.GroupWriter;
import org.mizan.custody.sequencer.Receipt;
import org.mizan.custody.sequencer.Sequencer;

/**
 * Groups written directly, with the sequencer stopped, so that the requests of a test are sure to
 * share one group commit.
 */
class GroupWriterIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("gw");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean registered;

    @Autowired
    Sequencer sequencer;

    @Autowired
    GroupWriter writer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void stopTheSequencer() {
        if (!registered) {
            F.register(api, adminKey(), 71.0, 30.5);
            registered = true;
        }
        sequencer.stop();
    }

    @AfterEach
    void startTheSequencer() {
        jdbc.sql("drop trigger if exists gw_refuse on custody_event").update();
        sequencer.start();
    }

    @Test
    void twoIdenticalNewEventsInOneGroupAreStoredOnceAndBothAnsweredWithItsReceipt() throws Exception {
        CustodyEvent extraction = event(F.extracted("gw-twice", "GW-TWICE", "1200", "0.01", 1));
        Sequencer.Submission first = submission(extraction);
        Sequencer.Submission second = submission(extraction);

        writer.write(List.of(first, second));

        Receipt original = first.answer().get().get(0);
        Receipt again = second.answer().get().get(0);
        assertThat(original.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.seq()).isEqualTo(original.seq());
        assertThat(again.logIndex()).isEqualTo(original.logIndex());
        assertThat(stored("gw-twice")).isEqualTo(1);
        assertThat(jdbc.sql("select available_g from lot where id = 'GW-TWICE'").query(Long.class).single()).isEqualTo(1_200_000L);
    }

    @Test
    void anEventTwiceInOneRequestIsStoredOnce() throws Exception {
        CustodyEvent extraction = event(F.extracted("gw-same-request", "GW-SAME", "10", "0.01", 1));
        Sequencer.Submission both = new Sequencer.Submission(List.of(extraction, extraction), new CompletableFuture<>());

        writer.write(List.of(both));

        List<Receipt> receipts = both.answer().get();
        assertThat(receipts).extracting(Receipt::replayed).containsExactly(false, true);
        assertThat(receipts.get(1).seq()).isEqualTo(receipts.get(0).seq());
        assertThat(stored("gw-same-request")).isEqualTo(1);
    }

    @Test
    void aDifferentEventUnderAnIdUsedEarlierInTheGroupFailsOnlyThatRequest() throws Exception {
        CustodyEvent extraction = event(F.extracted("gw-reused", "GW-REUSED-1", "10", "0.01", 1));
        CustodyEvent impostor = event(F.extracted("gw-reused", "GW-REUSED-2", "10", "0.01", 1));
        Sequencer.Submission first = submission(extraction);
        Sequencer.Submission second = submission(impostor);

        writer.write(List.of(first, second));

        assertThat(first.answer().get()).extracting(Receipt::replayed).containsExactly(false);
        assertThat(refusal(second)).satisfies(r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT))
                .satisfies(r -> assertThat(r.type()).isEqualTo("custody-event-id-reused"));
        assertThat(jdbc.sql("select count(*) from lot where id like 'GW-REUSED-%'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRequestTheDatabaseRefusesFailsAloneAndTheRestOfItsGroupIsStored() throws Exception {
        // A failure only the database sees, for one request's event: the others of the group must not share it.
        jdbc.sql("""
                create or replace function gw_refuse() returns trigger language plpgsql as $$
                begin
                    if new.event_id = 'gw-refused' then raise exception 'refused for the test' using errcode = '22023'; end if;
                    return new;
                end $$""").update();
        jdbc.sql("create trigger gw_refuse before insert on custody_event for each row execute function gw_refuse()").update();
        Sequencer.Submission before = submission(event(F.extracted("gw-before", "GW-BEFORE", "10", "0.01", 1)));
        Sequencer.Submission refused = submission(event(F.extracted("gw-refused", "GW-REFUSED", "10", "0.01", 1)));
        Sequencer.Submission after = submission(event(F.extracted("gw-after", "GW-AFTER", "10", "0.01", 1)));

        writer.write(List.of(before, refused, after));

        assertThat(before.answer().get()).extracting(Receipt::replayed).containsExactly(false);
        assertThat(after.answer().get()).extracting(Receipt::replayed).containsExactly(false);
        assertThat(refusal(refused).kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(stored("gw-before") + stored("gw-after")).isEqualTo(2);
        assertThat(stored("gw-refused")).isZero();
        assertThat(jdbc.sql("select count(*) from lot where id = 'GW-REFUSED'").query(Long.class).single()).isZero();
        assertThat(after.answer().get().get(0).seq()).isGreaterThan(before.answer().get().get(0).seq());
    }

    private long stored(String eventId) {
        return jdbc.sql("select count(*) from custody_event where event_id = ?").param(eventId).query(Long.class).single();
    }

    private static Rejection refusal(Sequencer.Submission submission) throws InterruptedException {
        try {
            submission.answer().get();
        } catch (ExecutionException e) {
            return (Rejection) e.getCause();
        }
        throw new AssertionError("the request was not refused");
    }

    private static CustodyEvent event(Object json) {
        return EventJson.read(JSON.valueToTree(json), new PartyId(F.miner));
    }

    private static Sequencer.Submission submission(CustodyEvent event) {
        return new Sequencer.Submission(List.of(event), new CompletableFuture<>());
    }
}
