package org.mizan.custody.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.SiteId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.ConsignmentId;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.ExportFacts;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.ProcessOutput;
import org.mizan.custody.book.Applied;
import org.mizan.custody.book.Lot;
import org.mizan.custody.json.EventWriter;
import org.mizan.custody.json.StoredFacts;

/**
 * The append-only event store and the projections written in the same transaction: which events
 * touched which lot, processing and split edges, who may read a lot, and consignments.
 */
@Repository
public class CustodyEvents {

    /** An event as stored: its sequence number orders all events, and is its index in the log. */
    public record Stored(long seq, String eventId, String type, OffsetDateTime recordedAt, JsonNode body, JsonNode facts,
            byte[] salt, Long logIndex, Optional<PartyId> submittedBy) {
    }

    /**
     * An accepted event about to be written, with the state of the lots it touched afterwards and the hub that
     * submitted it for its actor, if one did.
     */
    public record Accepted(Applied applied, long seq, OffsetDateTime recordedAt, List<Lot> touched, byte[] salt,
            Optional<PartyId> submittedBy) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final RegistryPorts registry;

    CustodyEvents(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, RegistryPorts registry) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.registry = registry;
    }

    public Map<String, Stored> find(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        // An array parameter, not one bind variable per id: a group may hold more ids than PostgreSQL's 65,535 limit.
        return jdbc.sql("select * from custody_event where event_id = any(?)").param(eventIds.toArray(String[]::new))
                .query(this::map).list().stream().collect(Collectors.toMap(Stored::eventId, s -> s));
    }

    public Optional<Stored> find(String eventId) {
        return jdbc.sql("select * from custody_event where event_id = ?").param(eventId).query(this::map).optional();
    }

    public List<Stored> ofLot(LotId lot) {
        return jdbc.sql("""
                select e.* from custody_event e join lot_event l on l.seq = e.seq
                where l.lot_id = ? order by e.seq""").param(lot.value()).query(this::map).list();
    }

    public List<Stored> after(long seq, int limit) {
        return jdbc.sql("select * from custody_event where seq > ? order by seq limit ?").params(seq, limit).query(this::map).list();
    }

    /** Sequence numbers of extractions under the licence dated at or after {@code from}, up to {@code through}, in order. */
    public List<Long> extractionsUnder(String licence, java.time.OffsetDateTime from, long through) {
        return jdbc.sql("select seq from custody_event where type = 'extracted' and facts ->> 'licence' = ? and event_time >= ?"
                + " and seq <= ? order by seq").params(licence, from, through).query(Long.class).list();
    }

    public Optional<Stored> at(long seq) {
        return jdbc.sql("select * from custody_event where seq = ?").param(seq).query(this::map).optional();
    }

    /** The sequence number of the newest committed event, 0 when none is. */
    public long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from custody_event").query(Long.class).single();
    }

    public boolean exported(ConsignmentId consignment) {
        return jdbc.sql("select exists (select 1 from consignment where id = ?)").param(consignment.value()).query(Boolean.class).single();
    }

    /** Reserves sequence numbers for a group of events, in order. */
    public List<Long> nextSeqs(int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('custody_event', 'seq')) from generate_series(1, ?)")
                .param(count).query(Long.class).list();
    }

    /** Writes the events and their projections; the readers of a lot include the provinces of its site and destination. */
    public void append(List<Accepted> accepted, List<Long> logIndices) {
        // Indices are null only when the log is switched off for a benchmark.
        Map<Long, Long> indexOfSeq = new java.util.HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            indexOfSeq.put(accepted.get(i).seq(), logIndices.get(i));
        }
        batch.batchUpdate("""
                insert into custody_event (seq, event_id, type, actor, event_time, recorded_at, body, facts, salt, log_index,
                    submitted_by)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)""", accepted, 500, (ps, a) -> {
            CustodyEvent event = a.applied().event();
            ps.setLong(1, a.seq());
            ps.setString(2, event.eventId().value());
            ps.setString(3, EventWriter.type(event));
            ps.setString(4, event.actor().value());
            ps.setObject(5, event.time().withOffsetSameInstant(ZoneOffset.UTC));
            ps.setObject(6, a.recordedAt());
            ps.setString(7, json.writeValueAsString(EventWriter.write(event)));
            ps.setString(8, StoredFacts.write(json, a.applied().facts()));
            ps.setBytes(9, a.salt());
            ps.setObject(10, indexOfSeq.get(a.seq()));
            // Typed even when null: an untyped null made the driver plan the batched insert anew, and ingest ran at 40 %.
            ps.setObject(11, a.submittedBy().map(PartyId::value).orElse(null), java.sql.Types.VARCHAR);
        });
        List<Object[]> lotEvents = new ArrayList<>();
        List<Object[]> readers = new ArrayList<>();
        for (Accepted a : accepted) {
            for (Lot lot : a.touched()) {
                lotEvents.add(new Object[] {lot.id().value(), a.seq()});
                for (String reader : readers(lot, a.applied().event(), registry::province)) {
                    readers.add(new Object[] {lot.id().value(), reader});
                }
            }
        }
        batch.batchUpdate("insert into lot_event (lot_id, seq) values (?, ?) on conflict do nothing", lotEvents);
        batch.batchUpdate("insert into lot_reader (lot_id, reader) values (?, ?) on conflict do nothing", readers);
        appendEdges(accepted);
        appendConsignments(accepted);
    }

    private static Set<String> readers(Lot lot, CustodyEvent event, Function<SiteId, Optional<ProvinceCode>> province) {
        Set<String> readers = new LinkedHashSet<>();
        readers.add("party:" + lot.custodian().value());
        readers.add("party:" + lot.owner().value());
        readers.add("party:" + event.actor().value());
        province.apply(lot.site()).ifPresent(p -> readers.add("province:" + p.value()));
        lot.destination().flatMap(province).ifPresent(p -> readers.add("province:" + p.value()));
        return readers;
    }

    private void appendEdges(List<Accepted> accepted) {
        List<Object[]> edges = new ArrayList<>();
        for (Accepted a : accepted) {
            // An input may be named in another case than the lot was created under; the edge names the lot.
            Map<LotId, String> spelling = new java.util.HashMap<>();
            a.touched().forEach(lot -> spelling.put(lot.id(), lot.id().value()));
            if (a.applied().event() instanceof LotDispatched d && d.part().isPresent()) {
                LotDispatched.Part part = d.part().get();
                edges.add(new Object[] {spelling.getOrDefault(d.lot(), d.lot().value()), part.newLot().value(), a.seq(), part.mass().grams()});
            }
            if (a.applied().event() instanceof LotsProcessed p) {
                for (ProcessInput input : p.inputs()) {
                    for (ProcessOutput output : p.outputs()) {
                        edges.add(new Object[] {spelling.getOrDefault(input.lot(), input.lot().value()), output.lot().value(), a.seq(),
                                input.mass().grams()});
                    }
                }
            }
        }
        batch.batchUpdate("insert into lot_edge (parent, child, seq, mass_g) values (?, ?, ?, ?)", edges);
    }

    private void appendConsignments(List<Accepted> accepted) {
        for (Accepted a : accepted) {
            if (a.applied().event() instanceof ConsignmentExported e && a.applied().facts() instanceof ExportFacts facts) {
                jdbc.sql("""
                        insert into consignment (id, seq, exporter, buyer, port, destination_country, declared_value_usd, exported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(e.consignment().value(), a.seq(), e.actor().value(), e.buyer().value(), e.port().value(),
                                e.destinationCountry().value(), e.declaredValueUsd(), e.time().withOffsetSameInstant(ZoneOffset.UTC))
                        .update();
                facts.exportedMass().forEach((lot, mass) -> jdbc.sql(
                        "insert into consignment_lot (consignment, lot_id, mass_g) values (?, ?, ?)")
                        .params(e.consignment().value(), lot.value(), mass.grams()).update());
            }
        }
    }

    private Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Stored(rs.getLong("seq"), rs.getString("event_id"), rs.getString("type"),
                rs.getObject("recorded_at", OffsetDateTime.class), json.readTree(rs.getString("body")),
                json.readTree(rs.getString("facts")), rs.getBytes("salt"), (Long) rs.getObject("log_index"),
                Optional.ofNullable(rs.getString("submitted_by")).map(PartyId::new));
    }
}
