package org.mizan.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The licence tables. Areas are kept as GeoJSON with their bounding box beside them, so that the
 * database narrows candidates by box and JTS decides exactly.
 */
@Repository
class Licences {

    private static final String SELECT = """
            select l.*, (select json_agg(json_build_object('mineral', m.mineral, 'capacity', m.annual_capacity_t)
                                         order by m.mineral)
                         from licence_mineral m where m.licence = l.number) as minerals,
                   (select json_agg(json_build_object('status', c.status, 'effectiveFrom', c.effective_from,
                                                      'decidedBy', c.decided_by, 'reason', c.reason,
                                                      'recordedAtMicros', (extract(epoch from c.recorded_at) * 1000000)::bigint)
                                    order by c.effective_from, c.seq)
                    from licence_status_change c where c.licence = l.number) as changes
            from licence l
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Licences(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serialises grants so two overlapping titles cannot both pass the overlap check. */
    void lockForGrant() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('mizan.licence.grant'))").query(Object.class).single();
    }

    void insert(Licence licence, OffsetDateTime at) {
        Envelope box = licence.area().getEnvelopeInternal();
        jdbc.sql("""
                insert into licence (number, type, holder, province, polygon, min_lon, min_lat, max_lon, max_lat,
                                     granted_on, expires_on, status, status_note, version, created_at, updated_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(licence.number().value(), licence.type().code(), licence.holder().value(), licence.province().value(),
                        json.writeValueAsString(GeoJson.write(licence.area())), box.getMinX(), box.getMinY(), box.getMaxX(),
                        box.getMaxY(), licence.granted(), licence.expires(), licence.status().code(),
                        licence.statusNote().orElse(null), licence.version(), at, at)
                .update();
        for (MineralCapacity m : licence.minerals()) {
            jdbc.sql("insert into licence_mineral (licence, mineral, annual_capacity_t) values (?, ?, ?)")
                    .params(licence.number().value(), m.mineral(), m.annualCapacityTonnes()).update();
        }
        licence.history().changes().forEach(this::insertChange);
    }

    /**
     * Stores one more dated decision if nobody changed the licence since it was read. The licence row
     * keeps the latest decision's status for readers of the table; the history rows are the record.
     */
    void append(Licence changed, LicenceStatusChange change, OffsetDateTime at) {
        updateStatus(changed, at);
        insertChange(change);
    }

    private void insertChange(LicenceStatusChange change) {
        jdbc.sql("""
                insert into licence_status_change (licence, effective_from, status, decided_by, reason, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(change.licence().value(), change.effectiveFrom(), change.status().code(), change.decidedBy().value(),
                        change.reason().orElse(null), OffsetDateTime.ofInstant(change.recordedAt(), ZoneOffset.UTC))
                .update();
    }

    private void updateStatus(Licence changed, OffsetDateTime at) {
        int rows = jdbc.sql("""
                update licence set status = ?, status_note = ?, version = ?, updated_at = ?
                where number = ? and version = ?""")
                .params(changed.status().code(), changed.statusNote().orElse(null), changed.version(), at,
                        changed.number().value(), changed.version() - 1)
                .update();
        if (rows == 0) {
            throw Rejection.conflict("concurrent-change", "Licence " + changed.number() + " was changed by someone else; read it again");
        }
    }

    List<LicenceDecision> decisionsAfter(long seq, int limit) {
        return jdbc.sql("select seq, licence, effective_from, status, recorded_at from licence_status_change where seq > ? order by seq limit ?")
                .params(seq, limit).query((rs, i) -> new LicenceDecision(rs.getLong(1), new LicenceNumber(rs.getString(2)),
                        rs.getObject(3, java.time.LocalDate.class), LicenceStatus.of(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class).toInstant())).list();
    }

    Optional<Licence> find(LicenceNumber number) {
        return jdbc.sql(SELECT + " where l.number = ?").param(number.value()).query(this::map).optional();
    }

    List<Licence> search(Optional<ProvinceCode> province, Optional<String> mineral, Optional<PartyId> holder) {
        return jdbc.sql(SELECT + """
                 where (cast(:province as text) is null or l.province = :province)
                   and (cast(:holder as text) is null or l.holder = :holder)
                   and (cast(:mineral as text) is null
                        or exists (select 1 from licence_mineral m where m.licence = l.number and m.mineral = :mineral))
                 order by l.number""")
                .param("province", province.map(ProvinceCode::value).orElse(null))
                .param("holder", holder.map(PartyId::value).orElse(null))
                .param("mineral", mineral.orElse(null))
                .query(this::map).list();
    }

    /** Licences whose bounding box meets the given box, optionally only those covering one of some minerals. */
    List<Licence> inBox(Envelope box, Collection<String> minerals) {
        return jdbc.sql(SELECT + """
                 where l.min_lon <= :maxLon and l.max_lon >= :minLon and l.min_lat <= :maxLat and l.max_lat >= :minLat
                   and (:anyMineral or exists (select 1 from licence_mineral m
                                               where m.licence = l.number and m.mineral in (:minerals)))
                 order by l.number""")
                .param("minLon", box.getMinX()).param("maxLon", box.getMaxX())
                .param("minLat", box.getMinY()).param("maxLat", box.getMaxY())
                .param("anyMineral", minerals.isEmpty())
                .param("minerals", minerals.isEmpty() ? List.of("") : new ArrayList<>(minerals))
                .query(this::map).list();
    }

    private Licence map(ResultSet rs, int row) throws SQLException {
        List<MineralCapacity> minerals = new ArrayList<>();
        for (JsonNode m : json.readTree(rs.getString("minerals"))) {
            minerals.add(new MineralCapacity(m.get("mineral").asString(), new BigDecimal(m.get("capacity").asString())));
        }
        LicenceNumber number = new LicenceNumber(rs.getString("number"));
        LocalDate granted = rs.getObject("granted_on", LocalDate.class);
        return new Licence(number, LicenceType.of(rs.getString("type")),
                new PartyId(rs.getString("holder")), new ProvinceCode(rs.getString("province")), minerals,
                GeoJson.read(json.readTree(rs.getString("polygon"))), granted,
                rs.getObject("expires_on", LocalDate.class), new LicenceHistory(number, granted, changes(number, rs.getString("changes"))),
                rs.getInt("version"));
    }

    private List<LicenceStatusChange> changes(LicenceNumber number, String stored) {
        List<LicenceStatusChange> changes = new ArrayList<>();
        if (stored == null) {
            return changes;
        }
        for (JsonNode c : json.readTree(stored)) {
            JsonNode reason = c.get("reason");
            long micros = c.get("recordedAtMicros").asLong();
            changes.add(LicenceStatusChange.to(LicenceStatus.of(c.get("status").asString()), number,
                    LocalDate.parse(c.get("effectiveFrom").asString()), new PartyId(c.get("decidedBy").asString()),
                    reason == null || reason.isNull() ? Optional.empty() : Optional.of(reason.asString()),
                    Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS)));
        }
        return changes;
    }
}
