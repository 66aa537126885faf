package org.mizan.custody.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.OutputRole;
import org.mizan.custody.book.Lot;
import org.mizan.custody.book.LotStatus;
import org.mizan.custody.book.LotStore;
import org.mizan.custody.json.EventWriter;
import org.mizan.custody.json.StoredForms;

/** The lot table: the current state of every lot, written by the sequencer, read by everyone. */
@Repository
public class Lots implements LotStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    Lots(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @Override
    public Optional<Lot> load(LotId id) {
        return jdbc.sql("select * from lot where lower(id) = ?").param(id.key()).query(this::map).optional();
    }

    @Override
    public java.util.Map<LotId, Lot> loadAll(Collection<LotId> ids) {
        java.util.Map<LotId, Lot> found = new java.util.HashMap<>();
        jdbc.sql("select * from lot where lower(id) = any(?)").param(ids.stream().map(LotId::key).toArray(String[]::new))
                .query(this::map).list().forEach(lot -> found.put(lot.id(), lot));
        return found;
    }

    /** Inserts or replaces the given lots as of the event with sequence number {@code seq}. */
    public void save(Collection<Lot> lots, java.util.Map<LotId, Long> seqOf) {
        batch.batchUpdate("""
                insert into lot (id, material, form, gross_g, available_g, grades, site, custodian, owner, status,
                                 transit, last_time, origin, created_seq, updated_seq, role)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?)
                on conflict (id) do update set available_g = excluded.available_g, grades = excluded.grades,
                    site = excluded.site, custodian = excluded.custodian, owner = excluded.owner, status = excluded.status,
                    transit = excluded.transit, last_time = excluded.last_time, updated_seq = excluded.updated_seq""",
                lots, 500, (ps, lot) -> {
                    long seq = seqOf.get(lot.id());
                    ps.setString(1, lot.id().value());
                    ps.setString(2, lot.material());
                    ps.setString(3, EventWriter.form(lot.form()));
                    ps.setLong(4, lot.grossMass().grams());
                    ps.setLong(5, lot.availableMass().grams());
                    ps.setString(6, json.writeValueAsString(EventWriter.grades(lot.grades())));
                    ps.setString(7, lot.site().value());
                    ps.setString(8, lot.custodian().value());
                    ps.setString(9, lot.owner().value());
                    ps.setString(10, lot.status().name());
                    ps.setString(11, lot.transit().map(t -> json.writeValueAsString(StoredForms.transit(t))).orElse(null));
                    ps.setObject(12, lot.lastEventTime().withOffsetSameInstant(ZoneOffset.UTC));
                    ps.setString(13, json.writeValueAsString(StoredForms.origin(lot.origin())));
                    ps.setLong(14, seq);
                    ps.setLong(15, seq);
                    ps.setString(16, lot.role().code());
                });
    }

    private Lot map(ResultSet rs, int row) throws SQLException {
        return Lot.restore(new LotId(rs.getString("id")), rs.getString("material"),
                MaterialForm.valueOf(rs.getString("form").toUpperCase(java.util.Locale.ROOT)),
                OutputRole.of(rs.getString("role")).orElseThrow(), Mass.ofGrams(rs.getLong("gross_g")),
                StoredForms.origin(json.readTree(rs.getString("origin"))), StoredForms.grades(json.readTree(rs.getString("grades"))),
                new SiteId(rs.getString("site")), new PartyId(rs.getString("custodian")), new PartyId(rs.getString("owner")),
                LotStatus.valueOf(rs.getString("status")), Mass.ofGrams(rs.getLong("available_g")),
                rs.getString("transit") == null ? null : StoredForms.transit(json.readTree(rs.getString("transit"))),
                rs.getObject("last_time", OffsetDateTime.class));
    }
}
