package org.mizan.custody;

import java.util.List;
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
 * Public so that the other interfaces to the same lots (EPCIS) apply this rule rather than their own.
 */
@Component
public class ReadScope {

    private final JdbcClient jdbc;
    private final Registry registry;

    ReadScope(JdbcClient jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    public boolean seesEverything(Actor actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.AUDITOR);
    }

    public boolean mayRead(Actor actor, LotId lot) {
        if (seesEverything(actor)) {
            return true;
        }
        // An event may name the lot in another case than it was created under, which the reader rows keep.
        return jdbc.sql("""
                select exists (select 1 from lot_reader where lot_id = (select id from lot where lower(id) = ?) and reader in (?, ?))""")
                .params(lot.key(), "party:" + actor.party().value(), provinceReader(actor))
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

    /**
     * The keys under which the actor reads lots in the lot reader table (its party, and a regulator's
     * province), or empty when it reads every lot.
     */
    public Optional<List<String>> readerKeys(Actor actor) {
        if (seesEverything(actor)) {
            return Optional.empty();
        }
        String province = provinceReader(actor);
        String party = "party:" + actor.party().value();
        return Optional.of(province.isEmpty() ? List.of(party) : List.of(party, province));
    }

    /** The province a regulator acts for, or empty for anyone else. */
    public Optional<ProvinceCode> jurisdiction(Actor actor) {
        return actor.is(Role.REGULATOR) ? registry.party(actor.party()).flatMap(Party::jurisdiction) : Optional.empty();
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
