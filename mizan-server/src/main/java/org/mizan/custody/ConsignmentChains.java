package org.mizan.custody;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.LotId;
import org.mizan.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.book.Lot;
import org.mizan.custody.json.EventWriter;
import org.mizan.custody.json.StoredForms;
import org.mizan.custody.store.Lots;
import org.mizan.custody.book.OriginShares;

/** Custody's read API for passports: one consignment with its whole upstream chain, and who may read it. */
@Service
public class ConsignmentChains {

    private static final String UPSTREAM = """
            with recursive reach(lot) as (
                select lot_id from consignment_lot where consignment = :id
                union select e.parent from lot_edge e join reach r on e.child = r.lot)
            """;

    private final JdbcClient jdbc;
    private final Lots lots;
    private final JsonMapper json;
    private final ReadScope scope;

    ConsignmentChains(JdbcClient jdbc, Lots lots, JsonMapper json, ReadScope scope) {
        this.jdbc = jdbc;
        this.lots = lots;
        this.json = json;
        this.scope = scope;
    }

    /** The consignment and its chain, read in one snapshot. */
    @Transactional(readOnly = true)
    public Optional<ConsignmentChain> find(String id) {
        return head(id).map(head -> {
            List<ConsignmentChain.Line> lines = lines(id);
            return new ConsignmentChain(head, lines, origin(lines), chainEvents(id), chainLots(id), edges(id));
        });
    }

    private static Map<String, String> origin(List<ConsignmentChain.Line> lines) {
        Map<String, BigDecimal> weighted = new java.util.TreeMap<>();
        long total = 0;
        for (ConsignmentChain.Line line : lines) {
            BigDecimal weight = BigDecimal.valueOf(line.exportedGrams());
            total += line.exportedGrams();
            line.origin().forEach((key, share) -> weighted.merge(key, new BigDecimal(share).multiply(weight), BigDecimal::add));
        }
        Map<String, String> shares = new java.util.LinkedHashMap<>();
        OriginShares.of(weighted, BigDecimal.valueOf(Math.max(total, 1)))
                .forEach((key, share) -> shares.put(key, share.toPlainString()));
        return shares;
    }

    /** The parties of the chain (custodians, owners, actors), the buyer, regulators of its provinces, auditors. */
    public boolean mayRead(Actor actor, ConsignmentChain chain) {
        return actor.party().value().equals(chain.head().buyer())
                || scope.mayReadAny(actor, chain.lots().stream().map(ConsignmentChain.LotNode::id).toList());
    }

    private Optional<ConsignmentChain.Head> head(String id) {
        return jdbc.sql("select c.*, e.event_id from consignment c join custody_event e on e.seq = c.seq where c.id = ?")
                .param(id).query((rs, i) -> new ConsignmentChain.Head(rs.getString("id"), rs.getString("event_id"),
                        rs.getString("exporter"), rs.getString("buyer"), rs.getString("port"), rs.getString("destination_country"),
                        rs.getBigDecimal("declared_value_usd").toPlainString(),
                        rs.getTimestamp("exported_at").toInstant().toString()))
                .optional();
    }

    private List<ConsignmentChain.Line> lines(String id) {
        return jdbc.sql("select lot_id, mass_g from consignment_lot where consignment = ? order by lot_id").param(id)
                .query((rs, i) -> line(rs.getString(1), rs.getLong(2))).list();
    }

    private ConsignmentChain.Line line(String lotId, long grams) {
        Lot lot = lots.load(new LotId(lotId)).orElseThrow();
        Map<String, String> grades = new java.util.LinkedHashMap<>();
        lot.grades().fractions().forEach((element, grade) -> grades.put(element.value(), grade.asText()));
        return new ConsignmentChain.Line(lotId, lot.material(), EventWriter.form(lot.form()), grams, grades,
                StoredForms.origin(lot.origin()));
    }

    private List<ConsignmentChain.Event> chainEvents(String id) {
        return jdbc.sql(UPSTREAM + """
                select e.seq, e.event_id, e.type, e.actor, e.event_time, e.body::text as body, e.salt, e.log_index
                from custody_event e where e.seq in (select l.seq from lot_event l join reach r on l.lot_id = r.lot)
                order by e.seq""").param("id", id)
                .query((rs, i) -> new ConsignmentChain.Event(rs.getLong("seq"), rs.getString("event_id"), rs.getString("type"),
                        rs.getString("actor"), rs.getTimestamp("event_time").toInstant().toString(),
                        json.readTree(rs.getString("body")), rs.getBytes("salt"), (Long) rs.getObject("log_index")))
                .list();
    }

    private record Created(long seq, ConsignmentChain.LotNode lot) {
    }

    /** In the order the events created them; the lots one event created by id, compared in Java, not by collation. */
    private List<ConsignmentChain.LotNode> chainLots(String id) {
        return jdbc.sql(UPSTREAM + """
                select l.id, l.material, l.form, l.site, l.origin::text as origin, l.created_seq from lot l join reach r on l.id = r.lot
                """).param("id", id)
                .query((rs, i) -> new Created(rs.getLong("created_seq"), new ConsignmentChain.LotNode(rs.getString("id"),
                        rs.getString("material"), rs.getString("form"), rs.getString("site"), shares(rs.getString("origin")))))
                .list().stream()
                .sorted(java.util.Comparator.comparingLong(Created::seq).thenComparing(c -> c.lot().id()))
                .map(Created::lot).toList();
    }

    private Map<String, String> shares(String origin) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        json.readTree(origin).properties().forEach(e -> out.put(e.getKey(), new BigDecimal(e.getValue().asString()).toPlainString()));
        return out;
    }

    private record Fed(long seq, ConsignmentChain.Edge edge) {
    }

    /** In log order, and within one event by parent and child, compared in Java, not by collation. */
    private List<ConsignmentChain.Edge> edges(String id) {
        return jdbc.sql(UPSTREAM + """
                select distinct e.parent, e.child, c.event_id, e.seq from lot_edge e join reach r on e.child = r.lot
                join custody_event c on c.seq = e.seq""").param("id", id)
                .query((rs, i) -> new Fed(rs.getLong(4), new ConsignmentChain.Edge(rs.getString(1), rs.getString(2), rs.getString(3))))
                .list().stream()
                .sorted(java.util.Comparator.comparingLong(Fed::seq).thenComparing(f -> f.edge().parent())
                        .thenComparing(f -> f.edge().child()))
                .map(Fed::edge).toList();
    }
}
