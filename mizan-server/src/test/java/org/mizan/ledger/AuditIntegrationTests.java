package org.mizan.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.HttpIntegrationTest;
import org.mizan.custody.CustodyTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Plays an operator who edits the database behind the log's back (disabling the append-only
 * triggers first, as anyone with that power could) and checks that the audit names each edit.
 * Each test undoes its edit, so the next starts from an intact log.
 */
@TestPropertySource(properties = "mizan.test.isolation=audit")
class AuditIntegrationTests extends HttpIntegrationTest {

    @Autowired
    Auditor auditor;

    @Autowired
    LogIntegrator integrator;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void someHistory() throws InterruptedException {
        CustodyTestEvents events = CustodyTestEvents.registered(api, adminKey(), keys, "au", 73.8, 30.2);
        for (int i = 0; i < 20; i++) {
            events.extract("au-x" + i, "AU-" + i);
        }
        for (int i = 0; i < 100 && api.get("/api/v1/events/au-x19/proof", adminKey()).status() != 200; i++) {
            Thread.sleep(50);
        }
        assertThat(auditor.audit().problems()).isEmpty();
    }

    private void tampered(String table, String edit, String undo, Consumer<AuditReport> check) {
        jdbc.sql("alter table " + table + " disable trigger user").update();
        try {
            jdbc.sql(edit).update();
            check.accept(auditor.audit());
        } finally {
            jdbc.sql(undo).update();
            jdbc.sql("alter table " + table + " enable trigger user").update();
        }
        assertThat(auditor.audit().intact()).as("intact again after undoing").isTrue();
    }

    @Test
    void anAuditOfANodeThatGoesOnWritingSeesOneConsistentLog() throws Exception {
        CustodyTestEvents events = CustodyTestEvents.registered(api, adminKey(), keys, "aw", 72.9, 31.2);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; writing.get() && i < 2_000; i++) {
                events.extract("aw-x" + i, "AW-" + i);
            }
        });
        writer.start();
        try {
            for (int round = 0; round < 15; round++) {
                AuditReport report = auditor.audit();
                assertThat(report.problems()).as("audit %d while events and checkpoints are written", round).isEmpty();
                assertThat(report.records()).isEqualTo(report.entries());
            }
        } finally {
            writing.set(false);
            writer.join(60_000);
        }
    }

    @Test
    void theTablesRefuseChangesToHistory() {
        assertThatThrownBy(() -> jdbc.sql("update custody_event set actor = 'someone' where event_id = 'au-x1'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where idx = 0").update()).hasMessageContaining("append-only");
    }

    @Test
    void catchesAChangedEvent() {
        tampered("custody_event",
                "update custody_event set body = jsonb_set(body, '{massKg}', '\"900\"') where event_id = 'au-x3'",
                "update custody_event set body = jsonb_set(body, '{massKg}', '\"1000\"') where event_id = 'au-x3'",
                report -> assertThat(report.problems()).singleElement().asString().contains("au-x3"));
    }

    @Test
    void catchesAChangedSalt() {
        tampered("custody_event",
                "update custody_event set salt = set_byte(salt, 0, (get_byte(salt, 0) + 1) % 256) where event_id = 'au-x4'",
                "update custody_event set salt = set_byte(salt, 0, (get_byte(salt, 0) + 255) % 256) where event_id = 'au-x4'",
                report -> assertThat(report.problems()).singleElement().asString().contains("au-x4"));
    }

    @Test
    void catchesAChangedTileByte() {
        tampered("ledger_hash",
                "update ledger_hash set hash = set_byte(hash, 7, (get_byte(hash, 7) + 1) % 256) where level = 0 and idx = 2",
                "update ledger_hash set hash = set_byte(hash, 7, (get_byte(hash, 7) + 255) % 256) where level = 0 and idx = 2",
                report -> assertThat(report.problems()).anyMatch(p -> p.contains("level 0, index 2") && p.contains("tile")));
    }

    @Test
    void refusesToStartWhenTheStoredTreeDisagreesWithTheLatestCheckpoint() {
        // The highest stored node is part of every root the log computes from storage.
        var top = jdbc.sql("select level, idx from ledger_hash order by level desc, idx limit 1").query().singleRow();
        String where = " where level = " + top.get("level") + " and idx = " + top.get("idx");
        tampered("ledger_hash", "update ledger_hash set hash = set_byte(hash, 0, (get_byte(hash, 0) + 1) % 256)" + where,
                "update ledger_hash set hash = set_byte(hash, 0, (get_byte(hash, 0) + 255) % 256)" + where,
                report -> {
                    assertThat(report.problems()).isNotEmpty();
                    assertThatThrownBy(integrator::checkStoredTree).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("refusing to start");
                });
        integrator.checkStoredTree();
    }

    @Test
    void catchesTwoReorderedEntries() {
        String swap = """
                with a as (select commitment from ledger_entry where idx = 5), b as (select commitment from ledger_entry where idx = 6)
                update ledger_entry set commitment = case idx when 5 then (select commitment from b) else (select commitment from a) end
                where idx in (5, 6)""";
        tampered("ledger_entry", swap, swap, report -> {
            List<String> problems = report.problems();
            assertThat(problems).anyMatch(p -> p.startsWith("entry 5 "));
            assertThat(problems).anyMatch(p -> p.startsWith("entry 6 "));
            assertThat(problems).anyMatch(p -> p.contains("checkpoint"));
        });
    }
}
