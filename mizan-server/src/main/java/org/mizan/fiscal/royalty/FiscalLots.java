package org.mizan.fiscal.royalty;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What assessment keeps of each lot as it reads the stream: origin, material, form, latest grades (with the
 * event that reported them) and whether the lot, or a lot it was made from, has been assessed.
 */
@Repository
class FiscalLots {

    /** A lot as assessment knows it; grades are decimal text by element symbol. */
    record FiscalLot(LotId lot, SiteId site, Optional<LicenceNumber> licence, String material, String form, Map<String, String> grades,
            String gradeSource, boolean covered) {
    }

    private static final TypeReference<TreeMap<String, String>> GRADES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FiscalLots(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(FiscalLot lot) {
        jdbc.sql("""
                insert into fiscal_lot (lot_key, lot, site, licence, material, form, grades, grade_source, covered)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) on conflict (lot_key) do nothing""")
                .params(lot.lot().key(), lot.lot().value(), lot.site().value(), lot.licence().map(LicenceNumber::value).orElse(null),
                        lot.material(), lot.form(), json.writeValueAsString(lot.grades()), lot.gradeSource(), lot.covered())
                .update();
    }

    Optional<FiscalLot> find(LotId lot) {
        return jdbc.sql("select * from fiscal_lot where lot_key = ?").param(lot.key()).query((rs, n) -> new FiscalLot(
                new LotId(rs.getString("lot")), new SiteId(rs.getString("site")),
                Optional.ofNullable(rs.getString("licence")).map(LicenceNumber::new), rs.getString("material"), rs.getString("form"),
                json.readValue(rs.getString("grades"), GRADES), rs.getString("grade_source"), rs.getBoolean("covered"))).optional();
    }

    void regrade(LotId lot, Map<String, String> grades, String source) {
        jdbc.sql("update fiscal_lot set grades = cast(? as jsonb), grade_source = ? where lot_key = ?")
                .params(json.writeValueAsString(grades), source, lot.key()).update();
    }

    void cover(LotId lot) {
        jdbc.sql("update fiscal_lot set covered = true where lot_key = ?").param(lot.key()).update();
    }
}
