package org.mizan.fiscal.revenue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Recorded receipts, each committed to the transparency log in the transaction that stores it, and handed to
 * the audit so that it recomputes their commitments.
 */
@Repository
class Receipts implements CommittedRecords {

    private static final String COLUMNS = "select id, company, licence, gfs_code, amount, currency, received_on, challan,"
            + " government, payment_id, recorded_by, at, log_index from fiscal_receipt";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ledger ledger;
    private final Salts salts;
    private final GfsCatalogue gfs;

    Receipts(JdbcClient jdbc, JsonMapper json, Ledger ledger, Salts salts, GfsCatalogue gfs) {
        this.jdbc = jdbc;
        this.json = json;
        this.ledger = ledger;
        this.salts = salts;
        this.gfs = gfs;
    }

    /** Commits the receipt to the log and stores it; needs a transaction. */
    ReceiptRecorded append(ReceiptRecorded r) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('fiscal_receipt', 'id'))").query(Long.class).single();
        byte[] salt = salts.next();
        ReceiptRecorded numbered = r.stored(id, -1);
        long index = ledger.append(List.of(Commitment.of(salt, numbered.recorded()))).get(0);
        jdbc.sql("insert into fiscal_receipt (id, company, licence, gfs_code, amount, currency, received_on, fiscal_year, challan,"
                + " government, payment_id, recorded_by, body, salt, log_index, at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(id, r.company().value(), r.licence().value(), r.gfs().code(), r.amount().amount(),
                        r.amount().currency().getCurrencyCode(), r.receivedOn(), r.fiscalYear().name(), r.challan(),
                        r.government().value(), r.payment().orElse(null), r.recordedBy().value(),
                        json.writeValueAsString(numbered.recorded()), salt, index, r.at())
                .update();
        return r.stored(id, index);
    }

    boolean challanTaken(String challan, GfsCode code) {
        return jdbc.sql("select count(*) from fiscal_receipt where challan = ? and gfs_code = ?").params(challan, code.code())
                .query(Long.class).single() > 0;
    }

    Optional<ReceiptRecorded> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(this::row).optional();
    }

    List<ReceiptRecorded> search(RevenueQuery q) {
        return jdbc.sql(COLUMNS + q.where() + " order by id limit " + q.limit()).params(q.params()).query(this::row).list();
    }

    /** The receipts at these log entries, in log order, with their salts and recorded forms. */
    List<CommittedReceipt> committed(List<Long> logIndices) {
        if (logIndices.isEmpty()) {
            return List.of();
        }
        // One array parameter: a year's receipts may outnumber the parameters a statement can bind.
        return jdbc.sql(COLUMNS.replace(" from ", ", salt, body::text as body from ") + " where log_index = any(?) order by log_index")
                .param(logIndices.toArray(Long[]::new))
                .query((rs, n) -> new CommittedReceipt(row(rs, n), rs.getBytes("salt"), rs.getString("body"))).list();
    }

    private ReceiptRecorded row(ResultSet rs, int n) throws SQLException {
        long payment = rs.getLong("payment_id");
        Optional<Long> matched = rs.wasNull() ? Optional.empty() : Optional.of(payment);
        return new ReceiptRecorded(rs.getLong("id"), new PartyId(rs.getString("company")), new LicenceNumber(rs.getString("licence")),
                gfs.code(rs.getString("gfs_code")), new Money(rs.getBigDecimal("amount"), Money.currency(rs.getString("currency"))),
                rs.getObject("received_on", LocalDate.class), rs.getString("challan"), new PartyId(rs.getString("government")),
                matched, new PartyId(rs.getString("recorded_by")),
                rs.getObject("at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC), rs.getLong("log_index"));
    }

    @Override
    public void forEachInLogOrder(Consumer<Committed> visitor) {
        jdbc.sql("select id, log_index, salt, body::text as body from fiscal_receipt order by log_index")
                .query(rs -> {
                    visitor.accept(new Committed("receipt " + rs.getLong("id"), rs.getLong("log_index"), rs.getBytes("salt"),
                            json.readValue(rs.getString("body"), Object.class)));
                });
    }

    long lastLogIndex() {
        return jdbc.sql("select coalesce(max(log_index), -1) from fiscal_receipt").query(Long.class).single();
    }

    /** Summed per GFS code, government entity, company, licence and currency in the database, never row by row in memory. */
    List<RevenueGroup> groups(RevenueQuery q) {
        return jdbc.sql("select gfs_code, government as government, company, licence, currency, sum(amount) as total,"
                + " array_agg(log_index order by id) as entries, max(received_on) as last_on, max(at) as last_at from fiscal_receipt" + q.where()
                + " group by gfs_code, government, company, licence, currency").params(q.params())
                .query((rs, n) -> new RevenueGroup(gfs.code(rs.getString("gfs_code")),
                        rs.getString("government") == null ? null : new PartyId(rs.getString("government")), new PartyId(rs.getString("company")),
                        new LicenceNumber(rs.getString("licence")), new Money(rs.getBigDecimal("total"), Money.currency(rs.getString("currency"))),
                        java.util.Arrays.asList((Long[]) rs.getArray("entries").getArray()), rs.getObject("last_on", java.time.LocalDate.class),
                        rs.getObject("last_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
