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
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final JsonMapper json;
    private final FiscalLog log;

    Assessments(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, JsonMapper json, FiscalLog log) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.log = log;
    }

    /** An assessment made during a batch of the stream, stored with the batch's others when the batch ends. */
    record Made(String id, LotId lot, Optional<String> licence, Optional<String> province, String eventId, OffsetDateTime eventAt,
            Map<String, Object> body, Optional<Map<String, Object>> figures) {
    }

    /**
     * Commits a batch's assessments to the log in one append and stores them. One append at the batch's end, not one
     * per assessment, because the log's append lock is held until the transaction commits: taken at the first of
     * 500 events, it would make every ingest wait for the whole batch.
     */
    void addAll(List<Made> made) {
        if (made.isEmpty()) {
            return;
        }
        List<FiscalLog.Entry> entries = log.appendAll(made.stream().map(Made::body).toList());
        List<Object[]> rows = new java.util.ArrayList<>(made.size());
        for (int i = 0; i < made.size(); i++) {
            Made m = made.get(i);
            FiscalLog.Entry entry = entries.get(i);
            rows.add(new Object[] {m.id(), m.lot().key(), m.lot().value(), m.licence().orElse(null), m.province().orElse(null), m.eventId(),
                m.figures().isPresent(), decimal(m.figures(), "dueUsd"), decimal(m.figures(), "duePkr"), decimal(m.figures(), "forgoneUsd"),
                m.eventAt(), entry.json(), entry.salt(), entry.index()});
        }
        // One batched statement: the append lock is held from the append above until the commit.
        batch.batchUpdate("""
                insert into fiscal_assessment (id, lot_key, lot, licence, province, event_id, assessed, due_usd, due_pkr, forgone_usd,
                    event_at, body, salt, log_index)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""", rows);
    }

    private static BigDecimal decimal(Optional<Map<String, Object>> figures, String name) {
        return figures.map(f -> new BigDecimal((String) f.get(name))).orElse(null);
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
