package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.log.fiscal.PriceUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reference prices, each committed to the log when first stored. */
@Repository
public class PriceRows {

    private static final TypeReference<Map<String, Object>> BODY = new TypeReference<>() {
    };

    /** A price with the log entry that commits it. */
    public record Committed(PriceRow row, long logIndex) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FiscalLog log;

    PriceRows(JdbcClient jdbc, JsonMapper json, FiscalLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    /** Stores a price unless one of its id is stored already; needs a transaction. */
    boolean addIfAbsent(PriceRow row) {
        if (jdbc.sql("select count(*) from fiscal_price where id = ?").param(row.id()).query(Long.class).single() > 0) {
            return false;
        }
        FiscalLog.Entry entry = log.append(row.committed());
        jdbc.sql("insert into fiscal_price (id, item, year, value, unit, confidence, body, salt, log_index) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(row.id(), row.item(), row.year(), row.value(), row.unit().code(), row.confidence().code(), entry.json(), entry.salt(),
                        entry.index())
                .update();
        return true;
    }

    /**
     * The price of {@code item} for {@code year}: that year's, else the latest year before it (a royalty
     * assessed today is priced on the latest published annual average). An official price is preferred to
     * a less trusted one of the same year. Empty when no price of the item is published for that year or before.
     */
    public Optional<Committed> forYear(String item, int year) {
        return jdbc.sql("""
                select body::text as body, log_index from fiscal_price where item = ? and year <= ?
                order by year desc, case confidence when 'official' then 0 when 'trade-press' then 1 when 'declared' then 2 else 3 end
                limit 1""").params(item, year).query((rs, n) -> new Committed(read(rs.getString("body")), rs.getLong("log_index")))
                .optional();
    }

    List<Committed> list(Optional<String> item) {
        return jdbc.sql("select body::text as body, log_index from fiscal_price where (cast(? as text) is null or item = ?) order by item, year")
                .params(item.orElse(null), item.orElse(null))
                .query((rs, n) -> new Committed(read(rs.getString("body")), rs.getLong("log_index"))).list();
    }

    private PriceRow read(String body) {
        Map<String, Object> b = json.readValue(body, BODY);
        return new PriceRow((String) b.get("id"), (String) b.get("item"), Integer.parseInt((String) b.get("year")),
                new BigDecimal((String) b.get("value")), PriceUnit.of((String) b.get("unit")), (String) b.get("source"),
                PriceRow.Confidence.of((String) b.get("confidence")), Boolean.TRUE.equals(b.get("estimated")));
    }
}
