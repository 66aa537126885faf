package org.mizan.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.PartyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delegation table: grants are never deleted, a revocation dates the end of one. */
@Repository
class Delegations {

    private final JdbcClient jdbc;

    Delegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a grant unless one for the pair is in force; whichever is in force afterwards is returned. */
    Delegation grant(PartyId principal, PartyId hub, PartyId grantedBy, OffsetDateTime at) {
        // The partial unique index, not a read before the write, settles two grants racing for the same pair.
        jdbc.sql("""
                insert into delegation (principal, hub, granted_by, granted_at) values (?, ?, ?, ?)
                on conflict (principal, hub) where revoked_at is null do nothing""")
                .params(principal.value(), hub.value(), grantedBy.value(), at).update();
        return active(principal, hub).orElseThrow();
    }

    Optional<Delegation> active(PartyId principal, PartyId hub) {
        return jdbc.sql("select * from delegation where principal = ? and hub = ? and revoked_at is null")
                .params(principal.value(), hub.value()).query(Delegations::map).optional();
    }

    /** Ends the grant in force for the pair; empty when none was. */
    Optional<Delegation> revoke(PartyId principal, PartyId hub, PartyId revokedBy, OffsetDateTime at) {
        return jdbc.sql("""
                update delegation set revoked_at = greatest(?, granted_at), revoked_by = ?
                where principal = ? and hub = ? and revoked_at is null returning *""")
                .params(at, revokedBy.value(), principal.value(), hub.value()).query(Delegations::map).optional();
    }

    /** Every grant the principal made, in force or ended, oldest first. */
    List<Delegation> ofPrincipal(PartyId principal) {
        return jdbc.sql("select * from delegation where principal = ? order by granted_at, id").param(principal.value())
                .query(Delegations::map).list();
    }

    private static Delegation map(ResultSet rs, int row) throws SQLException {
        String revokedBy = rs.getString("revoked_by");
        Optional<Delegation.Revocation> revocation = revokedBy == null ? Optional.empty()
                : Optional.of(new Delegation.Revocation(new PartyId(revokedBy), rs.getObject("revoked_at", OffsetDateTime.class)));
        return new Delegation(new PartyId(rs.getString("principal")), new PartyId(rs.getString("hub")),
                new PartyId(rs.getString("granted_by")), rs.getObject("granted_at", OffsetDateTime.class), revocation);
    }
}
