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

    /** The order of a search: by id (pages with {@code after}), or riskiest first. */
    enum Order {
        ID, RISK
    }

    /** Who may see which alerts, and the optional filters, as one query. */
    record Query(AlertScope scope, Optional<String> rule, Optional<String> status, Optional<ProvinceCode> province,
            Optional<OffsetDateTime> since, Optional<String> after, int limit, Order order) {
    }

    /**
     * A folded alert keeps the first events and lots it was raised on as evidence, each once (a loss
     * pattern cites its route's window again on every trip); its count keeps the rest.
     */
    static final int EVIDENCE_KEPT = 100;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RiskScore score = new RiskScore();

    Alerts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Raises a finding once: a cause already claimed is ignored; a finding that folds joins the open
     * alert of its subject, counting one more occurrence; any other opens an alert of its own. True when
     * the finding was new.
     */
    boolean raise(Raised r) {
        Finding f = r.finding();
        if (jdbc.sql("select 1 from oversight_alert_cause where cause = ?").param(f.cause()).query().listOfRows().size() > 0) {
            return false;
        }
        Optional<String> folded = r.foldKey().flatMap(key -> fold(key, f, r.eventAt()));
        String id = folded.orElseGet(() -> open(r));
        jdbc.sql("insert into oversight_alert_cause (cause, alert_id, event_ids, event_at) values (?, ?, ?, ?)")
                .params(f.cause(), id, f.eventIds().toArray(String[]::new), r.eventAt()).update();
        return true;
    }

    /** One occurrence of a folded alert: the events of one finding and when the first of them happened. */
    record Occurrence(long number, List<String> eventIds, OffsetDateTime at) {
    }

    /** An alert's occurrences in the order they were raised, after a number, at most {@code limit}. */
    List<Occurrence> occurrences(String alertId, long after, int limit) {
        return jdbc.sql("""
                select number, event_ids, event_at from oversight_alert_cause where alert_id = ? and number > ? order by number limit ?""")
                .params(alertId, after, limit)
                .query((rs, i) -> new Occurrence(rs.getLong(1), strings(rs.getArray(2)), rs.getObject(3, OffsetDateTime.class))).list();
    }

    /** A finding as it is raised: where, when its event happened, and what it folds on. */
    record Raised(Finding finding, Optional<ProvinceCode> province, long seq, OffsetDateTime eventAt, OffsetDateTime raisedAt,
            OffsetDateTime dueAt, Optional<String> foldKey) {
    }

    private Optional<String> fold(String key, Finding f, OffsetDateTime eventAt) {
        Optional<Alert> open = jdbc.sql("""
                select * from oversight_alert where fold_key = ? and status <> 'resolved' order by id desc limit 1 for update""")
                .param(key).query(this::map).optional();
        open.ifPresent(a -> {
            Recurrence recurrence = a.recurrence().and(eventAt);
            jdbc.sql("""
                    update oversight_alert set occurrences = ?, first_at = ?, last_at = ?, score = ?,
                        event_ids = case when cardinality(event_ids) < ? then event_ids
                            || array(select e from unnest(cast(? as text[])) with ordinality u(e, n) where e <> all(event_ids) order by n)
                            else event_ids end,
                        lots = case when cardinality(lots) < ? then lots || ? else lots end,
                        parties = array(select distinct unnest(parties || ?))
                    where id = ?""")
                    .params(recurrence.occurrences(), recurrence.firstAt(), recurrence.lastAt(), score.of(a.severity(), recurrence.occurrences()),
                            EVIDENCE_KEPT, f.eventIds().toArray(String[]::new), EVIDENCE_KEPT, Subject.column(f.subject().lots()),
                            Subject.column(f.subject().parties()), a.id())
                    .update();
        });
        return open.map(Alert::id);
    }

    private String open(Raised r) {
        Finding f = r.finding();
        return jdbc.sql("""
                insert into oversight_alert (id, rule, severity, status, province, parties, lots, sites, licences, event_ids, figures,
                    explanation, event_seq, raised_at, due_at, updated_at, cause, fold_key, occurrences, first_at, last_at, score)
                values ('AL-' || lpad(nextval('oversight_alert_number')::text, 9, '0'), ?, ?, 'open', ?, ?, ?, ?, ?, ?, cast(? as jsonb),
                    ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
                returning id""")
                .params(f.rule().name(), f.severity().code(), r.province().map(ProvinceCode::value).orElse(null),
                        Subject.column(f.subject().parties()), Subject.column(f.subject().lots()), Subject.column(f.subject().sites()),
                        Subject.column(f.subject().licences()), f.eventIds().toArray(String[]::new), json.writeValueAsString(f.figures()),
                        f.explanation(), r.seq(), r.raisedAt(), r.dueAt(), r.raisedAt(), f.cause(), r.foldKey().orElse(null), r.eventAt(),
                        r.eventAt(), score.of(f.severity(), 1))
                .query(String.class).single();
    }

    Optional<Alert> find(String id) {
        return jdbc.sql("select * from oversight_alert where id = ?").param(id).query(this::map).optional();
    }

    /** The alerts of these ids that exist, by id. */
    List<Alert> find(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from oversight_alert where id = any(cast(? as text[])) order by id")
                .param(ids.toArray(String[]::new)).query(this::map).list();
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
        Order order = q.order();
        StringBuilder sql = new StringBuilder("select * from oversight_alert where ").append(q.scope().condition());
        List<Object> params = new ArrayList<>(q.scope().params());
        q.rule().ifPresent(r -> add(sql, params, " and rule = ?", r));
        q.status().ifPresent(s -> add(sql, params, " and status = ?", s));
        q.province().ifPresent(p -> add(sql, params, " and province = ?", p.value()));
        q.since().ifPresent(s -> add(sql, params, " and raised_at >= ?", s));
        q.after().ifPresent(a -> add(sql, params, " and id > ?", a));
        sql.append(order == Order.RISK ? " order by score desc, id limit ?" : " order by id limit ?");
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
                rs.getObject("updated_at", OffsetDateTime.class), new Recurrence(rs.getInt("occurrences"),
                        rs.getObject("first_at", OffsetDateTime.class), rs.getObject("last_at", OffsetDateTime.class)), rs.getInt("score"));
    }

    private static <T> List<T> ids(Array array, Function<String, T> id) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(id).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
