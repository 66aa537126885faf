package org.mizan.fiscal.royalty;

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
 * The royalty side's rows in the transparency log: each rate, price, exchange rate, incentive and
 * assessment is committed in the transaction that stores it, and handed to the audit, which recomputes
 * every commitment from the stored body and salt.
 */
@Repository
class FiscalLog implements CommittedRecords {

    /** A body as committed: its salt, log index and JSON text, ready to store beside the row. */
    record Entry(byte[] salt, long index, String json) {
    }

    private static final List<String> TABLES = List.of("fiscal_rate", "fiscal_price", "fiscal_exchange_rate", "fiscal_incentive",
            "fiscal_assessment");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ledger ledger;
    private final Salts salts;

    FiscalLog(JdbcClient jdbc, JsonMapper json, Ledger ledger, Salts salts) {
        this.jdbc = jdbc;
        this.json = json;
        this.ledger = ledger;
        this.salts = salts;
    }

    /** Commits {@code body} (plain JSON values only) to the log; needs the caller's transaction. */
    Entry append(Map<String, Object> body) {
        byte[] salt = salts.next();
        long index = ledger.append(List.of(Commitment.of(salt, body))).get(0);
        return new Entry(salt, index, json.writeValueAsString(body));
    }

    /**
     * Commits many bodies as consecutive entries in one append: the log's append lock is then taken once, as
     * late as the caller can, and held only until its transaction commits.
     */
    List<Entry> appendAll(List<Map<String, Object>> bodies) {
        List<byte[]> salts = bodies.stream().map(b -> this.salts.next()).toList();
        List<byte[]> commitments = new java.util.ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            commitments.add(Commitment.of(salts.get(i), bodies.get(i)));
        }
        List<Long> indices = ledger.append(commitments);
        List<Entry> out = new java.util.ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            out.add(new Entry(salts.get(i), indices.get(i), json.writeValueAsString(bodies.get(i))));
        }
        return out;
    }

    @Override
    public void forEachInLogOrder(Consumer<Committed> visitor) {
        String union = String.join(" union all ", TABLES.stream()
                .map(t -> "select id, log_index, salt, body::text as body from " + t).toList());
        jdbc.sql("select * from (" + union + ") rows order by log_index").query(rs -> {
            visitor.accept(new Committed(rs.getString("id"), rs.getLong("log_index"), rs.getBytes("salt"),
                    json.readValue(rs.getString("body"), Object.class)));
        });
    }
}
