package org.mizan.custody.store;

import java.util.List;
import java.util.Optional;

import org.mizan.custody.ReadScope;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consignments a reader may see. A consignment is visible to auditors and administrators, to its
 * buyer, and to whoever may read one of its exported lots (the exporter, the lots' earlier holders, the
 * regulators of the provinces they passed through); to anyone else it does not exist.
 */
@Repository
public class Consignments {

    private static final String HEAD = """
            select c.id, c.seq, e.event_id, c.exporter, c.buyer, c.port, c.destination_country, c.declared_value_usd,
                   c.exported_at from consignment c join custody_event e on e.seq = c.seq""";

    private final JdbcClient jdbc;
    private final Lots lots;
    private final ReadScope scope;

    Consignments(JdbcClient jdbc, Lots lots, ReadScope scope) {
        this.jdbc = jdbc;
        this.lots = lots;
        this.scope = scope;
    }

    /** The consignment, if it exists and the actor may see it: one snapshot, so head and lines agree. */
    @Transactional(readOnly = true)
    public Optional<Consignment> find(Actor actor, String id) {
        return jdbc.sql(HEAD + " where c.id = ?").param(id).query(Consignments::head).optional()
                .map(head -> new Consignment(head, lines(head.id())))
                .filter(consignment -> visible(actor, consignment));
    }

    /** Up to {@code limit} visible consignments exported after the one at sequence number {@code afterSeq}, in export order. */
    @Transactional(readOnly = true)
    public List<Consignment> page(Actor actor, long afterSeq, int limit) {
        List<Consignment.Head> heads = scope.readerKeys(actor)
                .map(keys -> jdbc.sql(HEAD + """
                         where c.seq > :after and (c.buyer = :party or exists (select 1 from consignment_lot cl
                            join lot_reader r on r.lot_id = cl.lot_id where cl.consignment = c.id and r.reader in (:keys)))
                        order by c.seq limit :limit""")
                        .param("after", afterSeq).param("party", actor.party().value()).param("keys", keys).param("limit", limit))
                .orElseGet(() -> jdbc.sql(HEAD + " where c.seq > :after order by c.seq limit :limit")
                        .param("after", afterSeq).param("limit", limit))
                .query(Consignments::head).list();
        return heads.stream().map(head -> new Consignment(head, lines(head.id()))).toList();
    }

    private boolean visible(Actor actor, Consignment consignment) {
        return scope.seesEverything(actor) || actor.party().value().equals(consignment.head().buyer())
                || consignment.lines().stream().anyMatch(line -> scope.mayRead(actor, line.lot().id()));
    }

    private List<Consignment.Line> lines(String id) {
        return jdbc.sql("select lot_id, mass_g from consignment_lot where consignment = ? order by lot_id").param(id)
                .query((rs, i) -> new Consignment.Line(lots.load(new LotId(rs.getString(1))).orElseThrow(),
                        Mass.ofGrams(rs.getLong(2))))
                .list();
    }

    private static Consignment.Head head(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Consignment.Head(rs.getString("id"), rs.getLong("seq"), rs.getString("event_id"), rs.getString("exporter"),
                rs.getString("buyer"), rs.getString("port"), rs.getString("destination_country"),
                rs.getBigDecimal("declared_value_usd"), rs.getTimestamp("exported_at").toInstant());
    }
}
