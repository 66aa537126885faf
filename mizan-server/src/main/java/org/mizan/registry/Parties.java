package org.mizan.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.security.KnownParties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The party table. */
@Repository
class Parties implements KnownParties {

    private final JdbcClient jdbc;

    Parties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Party party, OffsetDateTime at) {
        jdbc.sql("insert into party (id, name, kind, country, jurisdiction, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(party.id().value(), party.name(), party.kind().code(), party.country(),
                        party.jurisdiction().map(ProvinceCode::value).orElse(null), at)
                .update();
    }

    Optional<Party> find(PartyId id) {
        return jdbc.sql("select * from party where id = ?").param(id.value()).query(Parties::map).optional();
    }

    List<Party> all() {
        return jdbc.sql("select * from party order by id").query(Parties::map).list();
    }

    @Override
    public boolean exists(PartyId party) {
        return find(party).isPresent();
    }

    private static Party map(ResultSet rs, int row) throws SQLException {
        return new Party(new PartyId(rs.getString("id")), rs.getString("name"), PartyKind.of(rs.getString("kind")),
                rs.getString("country"), Optional.ofNullable(rs.getString("jurisdiction")).map(ProvinceCode::new));
    }
}
