package org.mizan.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The site table. */
@Repository
class Sites {

    private final JdbcClient jdbc;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Site site, OffsetDateTime at) {
        jdbc.sql("""
                insert into site (id, name, kind, lat, lon, province, operator, licence, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(site.id().value(), site.name(), site.kind().code(), site.lat(), site.lon(),
                        site.province().map(ProvinceCode::value).orElse(null), site.operator().value(),
                        site.licence().map(LicenceNumber::value).orElse(null), at)
                .update();
    }

    Optional<Site> find(SiteId id) {
        return jdbc.sql("select * from site where id = ?").param(id.value()).query(Sites::map).optional();
    }

    List<Site> all(Optional<SiteKind> kind, Optional<ProvinceCode> province) {
        return jdbc.sql("""
                select * from site
                where (cast(:kind as text) is null or kind = :kind)
                  and (cast(:province as text) is null or province = :province)
                order by id""")
                .param("kind", kind.map(SiteKind::code).orElse(null))
                .param("province", province.map(ProvinceCode::value).orElse(null))
                .query(Sites::map).list();
    }

    private static Site map(ResultSet rs, int row) throws SQLException {
        return new Site(new SiteId(rs.getString("id")), rs.getString("name"), SiteKind.of(rs.getString("kind")),
                rs.getDouble("lat"), rs.getDouble("lon"), Optional.ofNullable(rs.getString("province")).map(ProvinceCode::new),
                new PartyId(rs.getString("operator")), Optional.ofNullable(rs.getString("licence")).map(LicenceNumber::new));
    }
}
