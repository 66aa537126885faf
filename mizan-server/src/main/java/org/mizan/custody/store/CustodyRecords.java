package org.mizan.custody.store;

import java.util.function.Consumer;

import org.mizan.ledger.CommittedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Hands the audit every recorded event with its salt, in log order, as stored. */
@Component
class CustodyRecords implements CommittedRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CustodyRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void forEachInLogOrder(Consumer<Committed> visitor) {
        jdbc.sql("select event_id, log_index, salt, body::text as body from custody_event order by log_index nulls last, seq")
                .query(rs -> {
                    visitor.accept(new Committed(rs.getString("event_id"), (Long) rs.getObject("log_index"), rs.getBytes("salt"),
                            json.readValue(rs.getString("body"), Object.class)));
                });
    }
}
