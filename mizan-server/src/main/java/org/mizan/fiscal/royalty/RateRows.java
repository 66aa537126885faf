package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.log.fiscal.RoyaltyBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The royalty regime rows. A row is never edited; validity may not overlap for one key (province, mineral,
 * form), except that a row open to the future is superseded by a later row of its key from that row's
 * first day: so a new rate is a new row, and the old one stays in the log as it was.
 */
@Repository
public class RateRows {

    private static final TypeReference<Map<String, Object>> BODY = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FiscalLog log;

    RateRows(JdbcClient jdbc, JsonMapper json, FiscalLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    /** Stores and commits a row; refuses one whose validity overlaps another of its key. Needs a transaction. */
    RateRow add(RateRow row, OffsetDateTime at) {
        // One writer of a key at a time, so two overlapping rows cannot both pass the check.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('fiscal_rate'))").query().singleValue();
        for (RateRow other : ofKey(row.province(), row.mineral(), row.form())) {
            if (overlaps(other, row)) {
                throw Rejection.conflict("overlapping-rate", "Rate row " + other.id() + " of " + row.province() + " " + row.mineral()
                        + row.form().map(f -> " " + f).orElse("") + " is in force from " + other.validFrom()
                        + other.validTo().map(t -> " to " + t).orElse("") + ", which overlaps " + row.validFrom()
                        + row.validTo().map(t -> " to " + t).orElse(" onwards")).with("overlaps", other.id());
            }
        }
        if (exists(row.id())) {
            throw Rejection.conflict("duplicate-rate", "A rate row " + Rejection.quote(row.id()) + " exists already");
        }
        FiscalLog.Entry entry = log.append(row.committed());
        jdbc.sql("""
                insert into fiscal_rate (id, province, mineral, form, element, basis, rate, currency, minimum_per_tonne, value_point,
                    price_item, valid_from, valid_to, illustrative, recorded_at, body, salt, log_index)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(row.id(), row.province().value(), row.mineral(), row.form().orElse(null), row.element().map(ElementSymbol::value)
                        .orElse(null), row.basis().code(), row.rate(), row.currency().orElse(null), row.minimumPerTonne().orElse(null),
                        row.valuePoint().code(), row.priceItem().orElse(null), Date.valueOf(row.validFrom()),
                        row.validTo().map(Date::valueOf).orElse(null), row.illustrative(), at, entry.json(), entry.salt(), entry.index())
                .update();
        return row;
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from fiscal_rate where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The row in force for a lot of {@code mineral} and {@code form} on {@code day}: one naming the form first, else one for all forms. */
    Optional<Committed> inForce(ProvinceCode province, String mineral, String form, LocalDate day) {
        return jdbc.sql("""
                select body::text as body, log_index from fiscal_rate
                where province = ? and mineral = ? and (form = ? or form is null) and valid_from <= ? and (valid_to is null or valid_to >= ?)
                order by form is null, valid_from desc limit 1""")
                .params(province.value(), mineral, form, Date.valueOf(day), Date.valueOf(day))
                .query((rs, n) -> new Committed(read(rs.getString("body")), rs.getLong("log_index"))).optional();
    }

    /** A row with the log entry that commits it. */
    public record Committed(RateRow row, long logIndex) {
    }

    List<Committed> list(Optional<ProvinceCode> province) {
        return jdbc.sql("select body::text as body, log_index from fiscal_rate where (cast(? as text) is null or province = ?) order by province, mineral, valid_from")
                .params(province.map(ProvinceCode::value).orElse(null), province.map(ProvinceCode::value).orElse(null))
                .query((rs, n) -> new Committed(read(rs.getString("body")), rs.getLong("log_index"))).list();
    }

    private List<RateRow> ofKey(ProvinceCode province, String mineral, Optional<String> form) {
        return jdbc.sql("select body::text from fiscal_rate where province = ? and mineral = ? and form is not distinct from ?")
                .params(province.value(), mineral, form.orElse(null)).query(String.class).list().stream().map(this::read).toList();
    }

    static boolean overlaps(RateRow existing, RateRow proposed) {
        LocalDate far = LocalDate.MAX;
        if (existing.validFrom().equals(proposed.validFrom())) {
            return true;
        }
        if (proposed.validFrom().isBefore(existing.validFrom())) {
            return !existing.validFrom().isAfter(proposed.validTo().orElse(far));
        }
        // The existing row starts first: an open one is superseded, a bounded one must end before the new one starts.
        return existing.validTo().map(to -> !to.isBefore(proposed.validFrom())).orElse(false);
    }

    private RateRow read(String body) {
        Map<String, Object> b = json.readValue(body, BODY);
        return new RateRow((String) b.get("id"), new ProvinceCode((String) b.get("province")), (String) b.get("mineral"),
                text(b, "form"), text(b, "element").map(ElementSymbol::of), RoyaltyBasis.of((String) b.get("basis")),
                new BigDecimal((String) b.get("rate")), text(b, "currency"), text(b, "minimumPerTonne").map(BigDecimal::new),
                ValuePoint.of((String) b.get("valuePoint")), text(b, "priceItem"), LocalDate.parse((String) b.get("validFrom")),
                text(b, "validTo").map(LocalDate::parse), (String) b.get("citation"), Boolean.TRUE.equals(b.get("illustrative")));
    }

    private static Optional<String> text(Map<String, Object> body, String key) {
        return Optional.ofNullable((String) body.get(key));
    }
}
