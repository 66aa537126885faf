package org.mizan.economy.log;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mizan.ledger.CommittedRecords;
import org.mizan.ledger.Ledger;
import org.mizan.ledger.Salts;
import org.mizan.log.disclosure.Commitment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The economy's rows in the transparency log: each price point, payability, resource estimate and reserve month is committed in the
 * transaction that stores it, and handed to the audit, which recomputes every commitment from the stored body and salt.
 */
@Repository
public class EconomyLog implements CommittedRecords {

    /** A body as committed: its salt, log index and JSON text, ready to store beside the row. */
    public record Entry(byte[] salt, long index, String json) {
    }

    private static final List<String> TABLES = List.of("economy_price", "economy_payability", "economy_resource",
            "economy_reserve_month");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ledger ledger;
    private final Salts salts;

    EconomyLog(JdbcClient jdbc, JsonMapper json, Ledger ledger, Salts salts) {
        this.jdbc = jdbc;
        this.json = json;
        this.ledger = ledger;
        this.salts = salts;
    }

    /** Commits {@code body} (plain JSON values only) to the log; needs the caller's transaction. */
    public Entry append(Map<String, Object> body) {
        byte[] salt = salts.next();
        long index = ledger.append(List.of(Commitment.of(salt, body))).get(0);
        return new Entry(salt, index, json.writeValueAsString(body));
    }

    @Override
    public void forEachInLogOrder(Consumer<Committed> visitor) {
        String union = String.join(" union all ", TABLES.stream().map(t -> "select id, log_index, salt, body::text as body from " + t).toList());
        jdbc.sql("select * from (" + union + ") rows order by log_index").query(rs -> {
            visitor.accept(new Committed(rs.getString("id"), rs.getLong("log_index"), rs.getBytes("salt"),
                    json.readValue(rs.getString("body"), Object.class)));
        });
    }
}
