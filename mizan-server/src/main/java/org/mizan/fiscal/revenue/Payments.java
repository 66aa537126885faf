package org.mizan.fiscal.revenue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.ledger.CommittedRecords;
import org.mizan.ledger.Ledger;
import org.mizan.ledger.Salts;
import org.mizan.log.disclosure.Commitment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Declared payments, each committed to the transparency log in the transaction that stores it, and handed to
 * the audit so that it recomputes their commitments.
 */
@Repository
class Payments implements CommittedRecords {

    private static final String COLUMNS = "select id, company, licence, gfs_code, amount, currency, paid_on, challan, at, log_index from fiscal_payment";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ledger ledger;
    private final Salts salts;
    private final GfsCatalogue gfs;

    Payments(JdbcClient jdbc, JsonMapper json, Ledger ledger, Salts salts, GfsCatalogue gfs) {
        this.jdbc = jdbc;
        this.json = json;
        this.ledger = ledger;
        this.salts = salts;
        this.gfs = gfs;
    }

    /** Commits the payment to the log and stores it; needs a transaction. */
    PaymentDeclared append(PaymentDeclared p) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('fiscal_payment', 'id'))").query(Long.class).single();
        byte[] salt = salts.next();
        PaymentDeclared numbered = p.stored(id, -1);
        long index = ledger.append(List.of(Commitment.of(salt, numbered.recorded()))).get(0);
        jdbc.sql("insert into fiscal_payment (id, company, licence, gfs_code, amount, currency, paid_on, fiscal_year, challan,"
                + " body, salt, log_index, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(id, p.company().value(), p.licence().value(), p.gfs().code(), p.amount().amount(),
                        p.amount().currency().getCurrencyCode(), p.paidOn(), p.fiscalYear().name(), p.challan(),
                        json.writeValueAsString(numbered.recorded()), salt, index, p.at())
                .update();
        return p.stored(id, index);
    }

    boolean challanTaken(String challan, GfsCode code) {
        return jdbc.sql("select count(*) from fiscal_payment where challan = ? and gfs_code = ?").params(challan, code.code())
                .query(Long.class).single() > 0;
    }

    Optional<PaymentDeclared> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(this::row).optional();
    }

    List<PaymentDeclared> search(RevenueQuery q) {
        return jdbc.sql(COLUMNS + q.where() + " order by id limit " + q.limit()).params(q.params()).query(this::row).list();
    }

    private PaymentDeclared row(ResultSet rs, int n) throws SQLException {
        return new PaymentDeclared(rs.getLong("id"), new PartyId(rs.getString("company")), new LicenceNumber(rs.getString("licence")),
                gfs.code(rs.getString("gfs_code")), new Money(rs.getBigDecimal("amount"),
                        Money.currency(rs.getString("currency"))),
                rs.getObject("paid_on", java.time.LocalDate.class), rs.getString("challan"),
                rs.getObject("at", java.time.OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC), rs.getLong("log_index"));
    }

    @Override
    public void forEachInLogOrder(Consumer<Committed> visitor) {
        jdbc.sql("select id, log_index, salt, body::text as body from fiscal_payment order by log_index")
                .query(rs -> {
                    visitor.accept(new Committed("payment " + rs.getLong("id"), rs.getLong("log_index"), rs.getBytes("salt"),
                            json.readValue(rs.getString("body"), Object.class)));
                });
    }

    long lastLogIndex() {
        return jdbc.sql("select coalesce(max(log_index), -1) from fiscal_payment").query(Long.class).single();
    }

    /** Summed per GFS code, company, licence and currency in the database, never row by row in memory. */
    List<RevenueGroup> groups(RevenueQuery q) {
        return jdbc.sql("select gfs_code, cast(null as text) as government, company, licence, currency, sum(amount) as total,"
                + " array_agg(log_index order by id) as entries, max(paid_on) as last_on, max(at) as last_at from fiscal_payment" + q.where()
                + " group by gfs_code, company, licence, currency").params(q.params())
                .query((rs, n) -> new RevenueGroup(gfs.code(rs.getString("gfs_code")),
                        rs.getString("government") == null ? null : new PartyId(rs.getString("government")), new PartyId(rs.getString("company")),
                        new LicenceNumber(rs.getString("licence")), new Money(rs.getBigDecimal("total"), Money.currency(rs.getString("currency"))),
                        java.util.Arrays.asList((Long[]) rs.getArray("entries").getArray()), rs.getObject("last_on", java.time.LocalDate.class),
                        rs.getObject("last_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
