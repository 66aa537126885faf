package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.fiscal.RoyaltyDue;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The royalty assessments, one per lot at most, each committed to the log in the batch that makes it. */
@Repository
public class Assessments {

    private static final TypeReference<Map<String, Object>> BODY = new TypeReference<>() {
    };

    /** An assessment as stored: its committed body, salt and log index. */
    public record Stored(String id, String lot, Map<String, Object> body, byte[] salt, long logIndex) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FiscalLog log;

    Assessments(JdbcClient jdbc, JsonMapper json, FiscalLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    void add(String id, LotId lot, Optional<String> licence, Optional<String> province, String eventId, OffsetDateTime eventAt,
            Map<String, Object> body, Optional<Map<String, Object>> figures) {
        FiscalLog.Entry entry = log.append(body);
        jdbc.sql("""
                insert into fiscal_assessment (id, lot_key, lot, licence, province, event_id, assessed, due_usd, due_pkr, forgone_usd,
                    event_at, body, salt, log_index)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(id, lot.key(), lot.value(), licence.orElse(null), province.orElse(null), eventId, figures.isPresent(),
                        figures.map(f -> new BigDecimal((String) f.get("dueUsd"))).orElse(null),
                        figures.map(f -> new BigDecimal((String) f.get("duePkr"))).orElse(null),
                        figures.map(f -> new BigDecimal((String) f.get("forgoneUsd"))).orElse(null), eventAt, entry.json(), entry.salt(),
                        entry.index())
                .update();
    }

    /** Assessed royalties (with a licence and a rupee amount) committed after a log index, in log order. */
    public List<RoyaltyDue> duesAfter(long logIndex, int limit) {
        return jdbc.sql(DUE + " and log_index > ? order by log_index limit ?").params(logIndex, limit).query((rs, n) -> due(rs)).list();
    }

    /** A licence's assessed royalties in the order their taxable events happened. */
    public List<RoyaltyDue> duesOf(LicenceNumber licence) {
        return jdbc.sql(DUE + " and licence = ? order by event_at, log_index").param(licence.value()).query((rs, n) -> due(rs)).list();
    }

    private static final String DUE = """
            select id, lot, licence, event_id, event_at, due_pkr, log_index from fiscal_assessment
            where assessed and licence is not null and due_pkr is not null""";

    private static RoyaltyDue due(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RoyaltyDue(rs.getString("id"), new LotId(rs.getString("lot")), new LicenceNumber(rs.getString("licence")),
                rs.getString("event_id"), rs.getObject("event_at", OffsetDateTime.class), rs.getBigDecimal("due_pkr"), rs.getLong("log_index"));
    }

    List<Stored> ofLots(Collection<LotId> lots) {
        if (lots.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, lot, body::text as body, salt, log_index from fiscal_assessment where lot_key in (:lots) order by log_index")
                .param("lots", lots.stream().map(LotId::key).toList()).query((rs, n) -> stored(rs)).list();
    }

    List<Stored> list(Optional<String> licence, Optional<String> province, long after, int limit) {
        return jdbc.sql("""
                select id, lot, body::text as body, salt, log_index from fiscal_assessment
                where (cast(? as text) is null or licence = ?) and (cast(? as text) is null or province = ?) and log_index > ?
                order by log_index limit ?""")
                .params(licence.orElse(null), licence.orElse(null), province.orElse(null), province.orElse(null), after, limit)
                .query((rs, n) -> stored(rs)).list();
    }

    /** Due and forgone by province and licence over assessments whose taxable event falls in [from, to). */
    public record Total(String province, String licence, long assessments, long notAssessed, BigDecimal dueUsd, BigDecimal duePkr,
            BigDecimal forgoneUsd) {
    }

    List<Total> totals(Optional<String> province, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select province, licence, count(*) filter (where assessed) as assessed, count(*) filter (where not assessed) as not_assessed,
                    coalesce(sum(due_usd), 0) as due_usd, coalesce(sum(due_pkr), 0) as due_pkr, coalesce(sum(forgone_usd), 0) as forgone_usd
                from fiscal_assessment where (cast(? as text) is null or province = ?) and event_at >= ? and event_at < ?
                group by province, licence order by province nulls last, licence nulls last""")
                .params(province.orElse(null), province.orElse(null), from, to)
                .query((rs, n) -> new Total(rs.getString("province"), rs.getString("licence"), rs.getLong("assessed"),
                        rs.getLong("not_assessed"), rs.getBigDecimal("due_usd"), rs.getBigDecimal("due_pkr"), rs.getBigDecimal("forgone_usd")))
                .list();
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("select id, lot, body::text as body, salt, log_index from fiscal_assessment where id = ?").param(id)
                .query((rs, n) -> stored(rs)).optional();
    }

    private Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(rs.getString("id"), rs.getString("lot"), json.readValue(rs.getString("body"), BODY), rs.getBytes("salt"),
                rs.getLong("log_index"));
    }
}
