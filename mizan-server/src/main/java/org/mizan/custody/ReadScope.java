package org.mizan.custody;

import java.util.Optional;

import org.mizan.kernel.LotId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.registry.Party;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.mizan.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read custody records: a party reads the lots it holds or held; a regulator reads the lots
 * that were ever in its province; auditors and administrators read everything; the public nothing.
 */
@Component
class ReadScope {

    private final JdbcClient jdbc;
    private final Registry registry;

    ReadScope(JdbcClient jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    boolean seesEverything(Actor actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.AUDITOR);
    }

    boolean mayRead(Actor actor, LotId lot) {
        if (seesEverything(actor)) {
            return true;
        }
        return jdbc.sql("select exists (select 1 from lot_reader where lot_id = ? and reader in (?, ?))")
                .params(lot.value(), "party:" + actor.party().value(), provinceReader(actor))
                .query(Boolean.class).single();
    }

    /** Whether the actor may read any of the lots, in one query however many there are. */
    boolean mayReadAny(Actor actor, java.util.Collection<String> lots) {
        if (seesEverything(actor)) {
            return true;
        }
        return jdbc.sql("select exists (select 1 from lot_reader where lot_id = any(?) and reader in (?, ?))")
                .params(lots.toArray(String[]::new), "party:" + actor.party().value(), provinceReader(actor))
                .query(Boolean.class).single();
    }

    /** The reader key of the regulator's province, or one that matches nothing. */
    private String provinceReader(Actor actor) {
        if (!actor.is(Role.REGULATOR)) {
            return "";
        }
        Optional<ProvinceCode> jurisdiction = registry.party(actor.party()).flatMap(Party::jurisdiction);
        return jurisdiction.map(p -> "province:" + p.value()).orElse("");
    }
}
