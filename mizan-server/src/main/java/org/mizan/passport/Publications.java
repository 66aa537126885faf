package org.mizan.passport;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published passports. */
@Repository
class Publications {

    private static final String COLUMNS =
            "consignment, published_by, published_at, exporter, destination_country, net_mass_kg, forms";

    private final JdbcClient jdbc;

    Publications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(PublishedPassport p) {
        jdbc.sql("""
                insert into passport_publication (%s, document) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (consignment) do update set published_by = excluded.published_by,
                  published_at = excluded.published_at, exporter = excluded.exporter,
                  destination_country = excluded.destination_country, net_mass_kg = excluded.net_mass_kg,
                  forms = excluded.forms, document = excluded.document""".formatted(COLUMNS))
                .params(p.id(), p.publishedBy(), p.publishedAt().atOffset(ZoneOffset.UTC), p.exporter(), p.destinationCountry(),
                        p.netMassKg(), p.forms(), p.document())
                .update();
    }

    Optional<PublishedPassport> find(String id) {
        return jdbc.sql("select " + COLUMNS + ", document from passport_publication where consignment = ?").param(id)
                .query((rs, i) -> map(rs, rs.getString("document"))).optional();
    }

    /** Newest first, without the documents. */
    List<PublishedPassport> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from passport_publication order by published_at desc, consignment limit ?")
                .param(limit).query((rs, i) -> map(rs, "")).list();
    }

    private static PublishedPassport map(java.sql.ResultSet rs, String document) throws java.sql.SQLException {
        return new PublishedPassport(rs.getString("consignment"), rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("exporter"), rs.getString("destination_country"),
                rs.getString("net_mass_kg"), rs.getString("forms"), document);
    }
}
