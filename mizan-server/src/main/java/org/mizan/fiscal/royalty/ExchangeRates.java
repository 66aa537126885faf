package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Rejection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rupees per US dollar by day, each rate committed to the log; the rate of a day is the latest published on or before it. */
@Repository
public class ExchangeRates {

    /** A published rate: from which day, how many rupees a dollar buys, and who publishes it. */
    public record Rate(String id, LocalDate day, BigDecimal pkrPerUsd, String source, long logIndex) {

        public Rate {
            if (pkrPerUsd == null || pkrPerUsd.signum() <= 0) {
                throw Rejection.invalid("invalid-exchange-rate", "An exchange rate must be positive");
            }
        }

        Map<String, Object> committed() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("kind", "exchange-rate");
            out.put("id", id);
            out.put("day", day.toString());
            out.put("pair", "PKR/USD");
            out.put("pkrPerUsd", pkrPerUsd.toPlainString());
            out.put("source", source);
            return out;
        }
    }

    private final JdbcClient jdbc;
    private final FiscalLog log;

    ExchangeRates(JdbcClient jdbc, FiscalLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    /** Stores a day's rate unless that day has one; needs a transaction. */
    boolean addIfAbsent(LocalDate day, BigDecimal pkrPerUsd, String source) {
        if (jdbc.sql("select count(*) from fiscal_exchange_rate where day = ?").param(Date.valueOf(day)).query(Long.class).single() > 0) {
            return false;
        }
        Rate rate = new Rate("pkr-usd-" + day, day, pkrPerUsd, source, -1);
        FiscalLog.Entry entry = log.append(rate.committed());
        jdbc.sql("insert into fiscal_exchange_rate (id, day, pkr_per_usd, body, salt, log_index) values (?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(rate.id(), Date.valueOf(day), pkrPerUsd, entry.json(), entry.salt(), entry.index()).update();
        return true;
    }

    Optional<Rate> on(LocalDate day) {
        return jdbc.sql("select id, day, pkr_per_usd, body->>'source' as source, log_index from fiscal_exchange_rate where day <= ? order by day desc limit 1")
                .param(Date.valueOf(day)).query((rs, n) -> new Rate(rs.getString("id"), rs.getDate("day").toLocalDate(),
                        rs.getBigDecimal("pkr_per_usd"), rs.getString("source"), rs.getLong("log_index"))).optional();
    }

    /** The latest rate published from {@code from} to {@code to}, both included; empty when none was. */
    public Optional<Rate> latestWithin(LocalDate from, LocalDate to) {
        return jdbc.sql("select id, day, pkr_per_usd, body->>'source' as source, log_index from fiscal_exchange_rate where day >= ? and day <= ? order by day desc limit 1")
                .params(Date.valueOf(from), Date.valueOf(to)).query((rs, n) -> new Rate(rs.getString("id"), rs.getDate("day").toLocalDate(),
                        rs.getBigDecimal("pkr_per_usd"), rs.getString("source"), rs.getLong("log_index"))).optional();
    }

    List<Rate> list() {
        return jdbc.sql("select id, day, pkr_per_usd, body->>'source' as source, log_index from fiscal_exchange_rate order by day")
                .query((rs, n) -> new Rate(rs.getString("id"), rs.getDate("day").toLocalDate(), rs.getBigDecimal("pkr_per_usd"),
                        rs.getString("source"), rs.getLong("log_index"))).list();
    }
}
