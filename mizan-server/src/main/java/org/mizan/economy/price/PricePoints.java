package org.mizan.economy.price;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.custody.MaterialForm;
import org.mizan.economy.Forms;
import org.mizan.economy.Logged;
import org.mizan.economy.Payability;
import org.mizan.economy.PriceConfidence;
import org.mizan.economy.PricePoint;
import org.mizan.economy.log.EconomyLog;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Rejection;
import org.mizan.log.fiscal.PriceUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The price points and payabilities, each committed to the log when stored; never edited, a later day supersedes. */
@Repository
public class PricePoints {

    private static final TypeReference<Map<String, String>> BODY = new TypeReference<>() {
    };
    private static final String TRUST = "case confidence when 'official' then 0 when 'trade-press' then 1 when 'vendor' then 2 else 3 end";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EconomyLog log;

    PricePoints(JdbcClient jdbc, JsonMapper json, EconomyLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    /** Stores a point; one of the same element, form, day and confidence is a 409. Needs a transaction. */
    public Logged<PricePoint> add(PricePoint p) {
        if (jdbc.sql("select count(*) from economy_price where id = ?").param(p.id()).query(Long.class).single() > 0) {
            throw Rejection.conflict("duplicate-price", "A " + p.confidence().code() + " price of " + p.element() + " in "
                    + Forms.code(p.form()) + " from " + p.validFrom() + " is recorded already");
        }
        EconomyLog.Entry entry = log.append(p.committed());
        jdbc.sql("insert into economy_price (id, item, form, valid_from, value, unit, confidence, body, salt, log_index) "
                + "values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(p.id(), p.element().value(), Forms.code(p.form()), Date.valueOf(p.validFrom()), p.value(), p.unit().code(),
                        p.confidence().code(), entry.json(), entry.salt(), entry.index())
                .update();
        return new Logged<>(p, entry.index());
    }

    /** Stores a payability; a second one for the same form and day is a 409. Needs a transaction. */
    public Logged<Payability> add(Payability p) {
        if (jdbc.sql("select count(*) from economy_payability where id = ?").param(p.id()).query(Long.class).single() > 0) {
            throw Rejection.conflict("duplicate-payability", "A payability of " + Forms.code(p.form()) + " from " + p.validFrom()
                    + " is recorded already");
        }
        EconomyLog.Entry entry = log.append(p.committed());
        jdbc.sql("insert into economy_payability (id, form, valid_from, share, body, salt, log_index) values (?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(p.id(), Forms.code(p.form()), Date.valueOf(p.validFrom()), p.share(), entry.json(), entry.salt(), entry.index())
                .update();
        return new Logged<>(p, entry.index());
    }

    /** The point pricing {@code element} in {@code form} on {@code day}: the latest from that day or before, the most trusted of a day. */
    public Optional<Logged<PricePoint>> on(ElementSymbol element, MaterialForm form, LocalDate day) {
        return jdbc.sql("select body::text as body, log_index from economy_price where item = ? and form = ? and valid_from <= ? "
                + "order by valid_from desc, " + TRUST + " limit 1")
                .params(element.value(), Forms.code(form), Date.valueOf(day))
                .query((rs, n) -> new Logged<>(point(rs.getString("body")), rs.getLong("log_index"))).optional();
    }

    /** The payability of {@code form} on {@code day}; empty when none is declared (the form is paid in full). */
    public Optional<Logged<Payability>> payabilityOn(MaterialForm form, LocalDate day) {
        return jdbc.sql("select body::text as body, log_index from economy_payability where form = ? and valid_from <= ? "
                + "order by valid_from desc limit 1").params(Forms.code(form), Date.valueOf(day))
                .query((rs, n) -> new Logged<>(share(rs.getString("body")), rs.getLong("log_index"))).optional();
    }

    public List<Logged<PricePoint>> points() {
        return jdbc.sql("select body::text as body, log_index from economy_price order by item, form, valid_from")
                .query((rs, n) -> new Logged<>(point(rs.getString("body")), rs.getLong("log_index"))).list();
    }

    public List<Logged<Payability>> payabilities() {
        return jdbc.sql("select body::text as body, log_index from economy_payability order by form, valid_from")
                .query((rs, n) -> new Logged<>(share(rs.getString("body")), rs.getLong("log_index"))).list();
    }

    private PricePoint point(String body) {
        Map<String, String> b = json.readValue(body, BODY);
        return new PricePoint(b.get("id"), new ElementSymbol(b.get("element")), Forms.of(b.get("form")), LocalDate.parse(b.get("validFrom")),
                new BigDecimal(b.get("value")), PriceUnit.of(b.get("unit")), b.get("source"), PriceConfidence.of(b.get("confidence")));
    }

    private Payability share(String body) {
        Map<String, String> b = json.readValue(body, BODY);
        return new Payability(b.get("id"), Forms.of(b.get("form")), LocalDate.parse(b.get("validFrom")), new BigDecimal(b.get("share")),
                b.get("source"), PriceConfidence.of(b.get("confidence")));
    }
}
