package org.mizan.oversight;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.SiteId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Alerts as stored. A finding's cause is unique, so raising the same red flag twice stores it once. */
@Repository
class Alerts {

    /** Who may see which alerts, and the optional filters, as one query. */
    record Query(AlertScope scope, Optional<String> rule, Optional<String> status, Optional<ProvinceCode> province,
            Optional<OffsetDateTime> since, Optional<String> after, int limit) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Alerts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void raise(Finding f, Optional<ProvinceCode> province, long seq, OffsetDateTime raisedAt, OffsetDateTime dueAt) {
        jdbc.sql("""
                insert into oversight_alert (id, rule, severity, status, province, parties, lots, sites, licences, event_ids, figures,
                    explanation, event_seq, raised_at, due_at, updated_at, cause)
                select 'AL-' || lpad(nextval('oversight_alert_number')::text, 9, '0'), ?, ?, 'open', ?, ?, ?, ?, ?, ?, cast(? as jsonb),
                    ?, ?, ?, ?, ?, ?
                where not exists (select 1 from oversight_alert where cause = ?)""")
                .params(f.rule().name(), f.severity().code(), province.map(ProvinceCode::value).orElse(null), Subject.column(f.subject().parties()),
                        Subject.column(f.subject().lots()), Subject.column(f.subject().sites()), Subject.column(f.subject().licences()),
                        f.eventIds().toArray(String[]::new),
                        json.writeValueAsString(f.figures()), f.explanation(), seq, raisedAt, dueAt, raisedAt, f.cause(), f.cause())
                .update();
    }

    Optional<Alert> find(String id) {
        return jdbc.sql("select * from oversight_alert where id = ?").param(id).query(this::map).optional();
    }

    Optional<Alert> lock(String id) {
        return jdbc.sql("select * from oversight_alert where id = ? for update").param(id).query(this::map).optional();
    }

    void save(Alert alert) {
        jdbc.sql("update oversight_alert set status = ?, finding = ?, updated_at = ? where id = ?")
                .params(alert.status().code(), alert.finding().map(CaseFinding::code).orElse(null), alert.updatedAt(), alert.id())
                .update();
    }

    List<Alert> search(Query q) {
        StringBuilder sql = new StringBuilder("select * from oversight_alert where ").append(q.scope().condition());
        List<Object> params = new ArrayList<>(q.scope().params());
        q.rule().ifPresent(r -> add(sql, params, " and rule = ?", r));
        q.status().ifPresent(s -> add(sql, params, " and status = ?", s));
        q.province().ifPresent(p -> add(sql, params, " and province = ?", p.value()));
        q.since().ifPresent(s -> add(sql, params, " and raised_at >= ?", s));
        q.after().ifPresent(a -> add(sql, params, " and id > ?", a));
        sql.append(" order by id limit ?");
        params.add(q.limit());
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    List<Alert> touching(List<LotId> lots, List<SiteId> sites, List<LicenceNumber> licences) {
        return jdbc.sql("select * from oversight_alert where lots && cast(? as text[]) or sites && cast(? as text[]) or licences && cast(? as text[]) order by id")
                .params(Subject.column(lots), Subject.column(sites), Subject.column(licences)).query(this::map).list();
    }

    List<AlertCount> countsByRuleAndStatus() {
        return jdbc.sql("select rule, status, count(*) as n from oversight_alert group by rule, status order by rule, status")
                .query((rs, i) -> new AlertCount(rs.getString("rule"), rs.getString("status"), rs.getLong("n"))).list();
    }

    private static void add(StringBuilder sql, List<Object> params, String condition, Object value) {
        sql.append(condition);
        params.add(value);
    }

    private Alert map(ResultSet rs, int row) throws SQLException {
        Subject subject = new Subject(ids(rs.getArray("lots"), LotId::new), ids(rs.getArray("sites"), SiteId::new),
                ids(rs.getArray("licences"), LicenceNumber::new), ids(rs.getArray("parties"), PartyId::new));
        Map<String, Object> figures = json.readValue(rs.getString("figures"), new TypeReference<Map<String, Object>>() { });
        return new Alert(rs.getString("id"), RuleCode.valueOf(rs.getString("rule")), Severity.valueOf(rs.getString("severity").toUpperCase()),
                AlertStatus.of(rs.getString("status")), Optional.ofNullable(rs.getString("finding")).map(CaseFinding::of),
                Optional.ofNullable(rs.getString("province")).map(ProvinceCode::new), subject, strings(rs.getArray("event_ids")), figures,
                rs.getString("explanation"), rs.getObject("raised_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static <T> List<T> ids(Array array, Function<String, T> id) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(id).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
