package org.mizan.economy.reserve;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.economy.DisclosurePolicy;
import org.mizan.economy.Forms;
import org.mizan.economy.Logged;
import org.mizan.economy.ReserveAccount;
import org.mizan.economy.ReserveMonth;
import org.mizan.economy.ReservePlan;
import org.mizan.economy.ReserveTarget;
import org.mizan.economy.log.EconomyLog;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reserve accounts, their yearly plans and their committed months; a month is committed in the transaction that stores it. */
@Repository
public class ReserveStore {

    /** A committed month as stored: the record, its salt and log index, and the body exactly as committed. */
    public record Committed(ReserveMonth month, byte[] salt, long logIndex, Map<String, Object> body) {
    }

    private static final TypeReference<Map<String, Object>> BODY = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EconomyLog log;

    ReserveStore(JdbcClient jdbc, JsonMapper json, EconomyLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    /** Opens an account; the same id, or a second account of the site's material, is a 409. */
    public void open(ReserveAccount a) {
        if (jdbc.sql("select count(*) from economy_reserve_account where id = ? or (site = ? and material = ?)")
                .params(a.id(), a.site().value(), a.material()).query(Long.class).single() > 0) {
            throw Rejection.conflict("duplicate-reserve", "A reserve account " + Rejection.quote(a.id()) + ", or one of " + a.material()
                    + " at " + a.site().value() + ", is open already");
        }
        Optional<ReserveTarget.Days> days = a.target().days();
        jdbc.sql("insert into economy_reserve_account (id, site, material, form, target_days, baseline_kg_per_day, baseline_source, "
                + "target_kg, policy, regulator, opened) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.site().value(), a.material(), Forms.code(a.form()), days.map(ReserveTarget.Days::days).orElse(null),
                        days.map(ReserveTarget.Days::baselineKgPerDay).orElse(null), days.map(ReserveTarget.Days::baselineSource).orElse(null),
                        a.target().kilograms(), a.policy().code(), a.regulator().value(), Date.valueOf(a.opened().atDay(1)))
                .update();
    }

    public Optional<ReserveAccount> account(String id) {
        return jdbc.sql("select * from economy_reserve_account where id = ?").param(id).query(ReserveStore::account).optional();
    }

    public List<ReserveAccount> accounts() {
        return jdbc.sql("select * from economy_reserve_account order by id").query(ReserveStore::account).list();
    }

    /** Sets the year's plan, replacing an earlier plan of the same year (a plan is revised, not appended). */
    public void plan(ReservePlan p) {
        jdbc.sql("insert into economy_reserve_plan (account, year, max_acquisition_kg, max_disposal_kg) values (?, ?, ?, ?) "
                + "on conflict (account, year) do update set max_acquisition_kg = excluded.max_acquisition_kg, "
                + "max_disposal_kg = excluded.max_disposal_kg")
                .params(p.account(), p.year(), p.maxAcquisitionKg(), p.maxDisposalKg()).update();
    }

    public Optional<ReservePlan> plan(String account, int year) {
        return jdbc.sql("select * from economy_reserve_plan where account = ? and year = ?").params(account, year)
                .query((rs, n) -> new ReservePlan(account, year, rs.getBigDecimal("max_acquisition_kg"), rs.getBigDecimal("max_disposal_kg")))
                .optional();
    }

    /** Commits and stores a month; needs the caller's transaction. */
    public Logged<ReserveMonth> commit(ReserveMonth month) {
        EconomyLog.Entry entry = log.append(month.committed());
        jdbc.sql("insert into economy_reserve_month (id, account, month, stock_kg, body, salt, log_index) "
                + "values (?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(month.id(), month.account(), Date.valueOf(month.month().atDay(1)), month.stockKg(), entry.json(), entry.salt(),
                        entry.index())
                .update();
        return new Logged<>(month, entry.index());
    }

    /** The account's committed months, oldest first. */
    public List<Committed> months(String account) {
        return jdbc.sql("select body::text as body, salt, log_index from economy_reserve_month where account = ? order by month")
                .param(account).query((rs, n) -> committed(rs)).list();
    }

    private Committed committed(ResultSet rs) throws SQLException {
        Map<String, Object> body = json.readValue(rs.getString("body"), BODY);
        ReserveMonth month = new ReserveMonth((String) body.get("account"), YearMonth.parse((String) body.get("month")),
                kg(body, "openingKg"), kg(body, "intakesKg"), kg(body, "releasesKg"), kg(body, "writeOffsKg"));
        return new Committed(month, rs.getBytes("salt"), rs.getLong("log_index"), body);
    }

    private static BigDecimal kg(Map<String, Object> body, String field) {
        return new BigDecimal((String) body.get(field));
    }

    private static ReserveAccount account(ResultSet rs, int n) throws SQLException {
        BigDecimal days = rs.getBigDecimal("target_days");
        ReserveTarget target = days == null
                ? new ReserveTarget(Optional.empty(), Optional.of(rs.getBigDecimal("target_kg").movePointLeft(3)))
                : new ReserveTarget(Optional.of(new ReserveTarget.Days(days, rs.getBigDecimal("baseline_kg_per_day"),
                        rs.getString("baseline_source"))), Optional.empty());
        return new ReserveAccount(rs.getString("id"), new SiteId(rs.getString("site")), rs.getString("material"), Forms.of(rs.getString("form")),
                target, DisclosurePolicy.of(rs.getString("policy")), new PartyId(rs.getString("regulator")),
                YearMonth.from(rs.getDate("opened").toLocalDate()));
    }
}
