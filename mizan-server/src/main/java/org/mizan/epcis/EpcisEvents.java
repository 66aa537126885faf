package org.mizan.epcis;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored EPCIS events, append-only. A capture's events are written with one statement per table
 * (rows passed as one JSON array), so a 10,000-event document is a handful of round trips.
 */
@Repository
class EpcisEvents {

    private final JdbcClient jdbc;

    EpcisEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored events of this party among the given ids, by {@link CapturedEvent#key()}. */
    Map<String, JsonNode> existing(String party, Collection<String> eventIds) {
        Map<String, JsonNode> found = new HashMap<>();
        if (eventIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT event_id, error_declared, body::text AS body FROM epcis_event WHERE captured_by = :party AND event_id IN (:ids)")
                .param("party", party).param("ids", eventIds)
                .query((rs, n) -> found.put(CapturedEvent.key(rs.getString(1), rs.getBoolean(2)),
                        JsonDocuments.STORED.readTree(rs.getString(3)))).list();
        return found;
    }

    void insertAll(String party, UUID job, List<CapturedEvent> events, Map<String, Long> custodySeqs) {
        ArrayNode rows = JsonDocuments.MAPPER.createArrayNode();
        ArrayNode objects = JsonDocuments.MAPPER.createArrayNode();
        ArrayNode parties = JsonDocuments.MAPPER.createArrayNode();
        for (int i = 0; i < events.size(); i++) {
            CapturedEvent e = events.get(i);
            ObjectNode row = rows.addObject().put("ord", i).put("event_id", e.eventId()).put("event_type", e.type())
                    .put("event_time", e.eventTime().toString()).put("record_time", e.recordTime().toString())
                    .put("biz_step", e.bizStep()).put("disposition", e.disposition()).put("read_point", e.readPoint())
                    .put("biz_location", e.bizLocation()).put("transformation_id", e.transformationId())
                    .put("error_declared", e.errorDeclared());
            row.put("custody_seq", custodySeqs.get(e.eventId()));
            row.set("body", e.body());
            e.objects().forEach(o -> objects.addObject().put("event_id", e.eventId()).put("declared", e.errorDeclared())
                    .put("kind", o.kind()).put("id", o.id()));
            e.parties().forEach(p -> parties.addObject().put("event_id", e.eventId()).put("declared", e.errorDeclared())
                    .put("role", p.role()).put("type", p.type()).put("id", p.id()));
        }
        jdbc.sql("""
                INSERT INTO epcis_event (event_id, captured_by, capture_job, event_type, event_time, record_time, biz_step,
                    disposition, read_point, biz_location, transformation_id, error_declared, custody_seq, body)
                SELECT r.event_id, :party, :job, r.event_type, r.event_time, r.record_time, r.biz_step, r.disposition,
                    r.read_point, r.biz_location, r.transformation_id, r.error_declared, r.custody_seq, r.body
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(ord int, event_id text, event_type text,
                    event_time timestamptz, record_time timestamptz, biz_step text, disposition text, read_point text,
                    biz_location text, transformation_id text, error_declared boolean, custody_seq bigint, body jsonb)
                ORDER BY r.ord""").param("party", party).param("job", job).param("rows", rows.toString()).update();
        jdbc.sql("""
                INSERT INTO epcis_event_object (event_seq, kind, id)
                SELECT e.seq, r.kind, r.id FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(event_id text, declared boolean, kind text, id text)
                JOIN epcis_event e ON e.captured_by = :party AND e.event_id = r.event_id AND e.error_declared = r.declared""")
                .param("party", party).param("rows", objects.toString()).update();
        jdbc.sql("""
                INSERT INTO epcis_event_party (event_seq, role, type, id)
                SELECT e.seq, r.role, r.type, r.id FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(event_id text, declared boolean, role text, type text, id text)
                JOIN epcis_event e ON e.captured_by = :party AND e.event_id = r.event_id AND e.error_declared = r.declared""")
                .param("party", party).param("rows", parties.toString()).update();
    }

    /** The latest event with this id (an error declaration supersedes the event) that the reader may see. */
    Optional<JsonNode> find(String eventId, Readers.Visibility visibility) {
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT e.body::text FROM epcis_event e WHERE e.event_id = :id AND "
                + visibility.condition() + " ORDER BY e.seq DESC LIMIT 1").param("id", eventId);
        return params(statement, visibility.params()).query((rs, n) -> JsonDocuments.STORED.readTree(rs.getString(1))).optional();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, Map<String, Object> params) {
        for (Map.Entry<String, Object> p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement;
    }

    /** One page of a query: events after the cursor, at most {@code limit + 1} so the caller knows if more follow. */
    List<Page.Row> query(EventQuery query, Readers.Visibility visibility, long after, int limit) {
        EventQuery.Sql sql = query.toSql(visibility, after, limit + 1);
        return params(jdbc.sql(sql.text()), sql.params()).query((rs, n) -> new Page.Row(rs.getLong(1), JsonDocuments.STORED.readTree(rs.getString(2)))).list();
    }

    /** Distinct values of one indexed column, for the browse endpoints. */
    List<String> distinct(String column, Readers.Visibility visibility, String after, int limit) {
        if (!List.of("event_type", "biz_step", "disposition", "read_point", "biz_location").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT DISTINCT e." + column + " FROM epcis_event e WHERE e." + column
                + " IS NOT NULL AND e." + column + " > :after AND " + visibility.condition() + " ORDER BY 1 LIMIT :limit")
                .param("after", after).param("limit", limit);
        return params(statement, visibility.params()).query(String.class).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM epcis_event").query(Long.class).single();
    }

}
