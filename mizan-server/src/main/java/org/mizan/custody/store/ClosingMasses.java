package org.mizan.custody.store;

import java.util.Optional;

import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.book.Lot;

/**
 * What a closed lot held when it closed: the mass its last export, processing, write-off or zero receipt
 * took. A lot's gross mass is what it was created with; receipts, partial processing and write-offs
 * change what is there, so figures of a closed lot follow this mass, not the gross one.
 */
@Repository
public class ClosingMasses {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClosingMasses(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Empty for a lot that is still open. */
    public Optional<Mass> heldWhenClosed(Lot lot) {
        if (!lot.status().isClosed()) {
            return Optional.empty();
        }
        // Assays are accepted after a lot closed, so the closing event is the last one that moved mass.
        return jdbc.sql("""
                select e.type, e.body::text as body from custody_event e join lot_event l on l.seq = e.seq
                where l.lot_id = ? and e.type in ('processed', 'exported', 'lost', 'received') order by e.seq desc limit 1""")
                .param(lot.id().value())
                .query((rs, i) -> taken(lot.id(), rs.getString("type"), json.readTree(rs.getString("body")))).optional()
                .flatMap(m -> m);
    }

    private Optional<Mass> taken(LotId lot, String type, JsonNode body) {
        if ("exported".equals(type)) {
            return jdbc.sql("select mass_g from consignment_lot where consignment = ? and lot_id = ?")
                    .params(body.path("consignment").asString(), lot.value()).query(Long.class).optional().map(Mass::ofGrams);
        }
        if ("processed".equals(type)) {
            for (JsonNode input : body.path("inputs")) {
                if (lot.value().equals(input.path("lot").asString())) {
                    return Optional.of(Mass.ofKilograms(input.path("massKg").asString()));
                }
            }
            return Optional.empty();
        }
        return Optional.of(Mass.ofKilograms(body.path("massKg").asString()));
    }
}
