package org.mizan.oversight;

import java.util.List;
import java.util.function.Consumer;

import org.mizan.ledger.CommittedRecords;
import org.mizan.ledger.Ledger;
import org.mizan.ledger.Salts;
import org.mizan.log.disclosure.Commitment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Case transitions, each committed to the transparency log in the transaction that makes it, and
 * handed to the audit so that it recomputes their commitments as it does custody events'.
 */
@Repository
class CaseLog implements CommittedRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ledger ledger;
    private final Salts salts;

    CaseLog(JdbcClient jdbc, JsonMapper json, Ledger ledger, Salts salts) {
        this.jdbc = jdbc;
        this.json = json;
        this.ledger = ledger;
        this.salts = salts;
    }

    /** Appends the transition's commitment to the log and stores it; returns its log index. Needs a transaction. */
    long append(AlertTransitioned t) {
        byte[] salt = salts.next();
        long index = ledger.append(List.of(Commitment.of(salt, t.recorded()))).get(0);
        jdbc.sql("insert into oversight_transition (id, alert_id, body, salt, log_index, at) values (?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(t.id(), t.alertId(), json.writeValueAsString(t.recorded()), salt, index, t.at()).update();
        return index;
    }

    long count(String alertId) {
        return jdbc.sql("select count(*) from oversight_transition where alert_id = ?").param(alertId).query(Long.class).single();
    }

    @Override
    public void forEachInLogOrder(Consumer<Committed> visitor) {
        jdbc.sql("select id, log_index, salt, body::text as body from oversight_transition order by log_index")
                .query(rs -> {
                    visitor.accept(new Committed(rs.getString("id"), rs.getLong("log_index"), rs.getBytes("salt"),
                            json.readValue(rs.getString("body"), Object.class)));
                });
    }
}
