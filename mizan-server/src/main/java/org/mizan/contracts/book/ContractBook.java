package org.mizan.contracts.book;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.CommittedRecords;
import org.mizan.ledger.Ledger;
import org.mizan.ledger.Salts;
import org.mizan.log.disclosure.Commitment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The register's records, each committed to the transparency log in the transaction that stores it and never
 * changed afterwards. A record's body is {@code {"record": kind, "value": ...}}, the value being the typed
 * record in its JSON form; the audit recomputes every commitment from the stored body and salt.
 */
@Repository
public class ContractBook implements CommittedRecords {

    /** A record as stored: its value, its log entry, when and by whom it was recorded. */
    public record Stored<T>(String id, T value, long logIndex, OffsetDateTime at, PartyId by) {
    }

    /** A record opened for disclosure: the committed body with its salt and log entry. */
    public record Opened(String id, Object body, byte[] salt, long logIndex) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ledger ledger;
    private final Salts salts;
    private final String prefix;

    ContractBook(JdbcClient jdbc, JsonMapper json, Ledger ledger, Salts salts,
            @org.springframework.beans.factory.annotation.Value("${mizan.ocds.ocid-prefix:ocds-mizan0}") String prefix) {
        if (!prefix.matches("ocds-[a-z0-9]{6}")) {
            throw new IllegalArgumentException("mizan.ocds.ocid-prefix is ocds- and six lowercase letters or digits, got " + prefix);
        }
        this.prefix = prefix;
        this.jdbc = jdbc;
        this.json = json;
        this.ledger = ledger;
        this.salts = salts;
    }

    /** Stores and commits one record; needs the caller's transaction. A record id already taken is a 409. */
    public long append(String id, String kind, String subject, Object value, PartyId by, OffsetDateTime at) {
        if (exists(id)) {
            throw Rejection.conflict("already-recorded", "Record " + id + " is already in the register; a change is a new record")
                    .with("record", id);
        }
        // The plain tree is what the log commits and what the audit reads back from the stored text.
        String text = json.writeValueAsString(java.util.Map.of("record", kind, "value", value));
        Object body = json.readValue(text, Object.class);
        byte[] salt = salts.next();
        long index = ledger.append(List.of(Commitment.of(salt, body))).get(0);
        jdbc.sql("insert into contract_record (id, kind, subject, body, salt, log_index, recorded_at, recorded_by) "
                + "values (?, ?, ?, ?::jsonb, ?, ?, ?, ?)")
                .params(id, kind, subject, text, salt, index, at.withOffsetSameInstant(ZoneOffset.UTC), by.value()).update();
        return index;
    }

    /** The Open Contracting id of a contract's process: configured prefix, then the contract id. */
    public String ocid(String contract) {
        return prefix + "-" + contract;
    }

    public String prefix() {
        return prefix;
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from contract_record where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /** The records of a kind about a subject, in log order. */
    public <T> List<Stored<T>> of(String subject, String kind, Class<T> type) {
        return jdbc.sql("select id, body::text as body, log_index, recorded_at, recorded_by from contract_record "
                + "where subject = ? and kind = ? order by log_index").params(subject, kind)
                .query((rs, n) -> stored(rs, type)).list();
    }

    /** Every record of a kind, in log order. */
    public <T> List<Stored<T>> all(String kind, Class<T> type) {
        return jdbc.sql("select id, body::text as body, log_index, recorded_at, recorded_by from contract_record "
                + "where kind = ? order by log_index").param(kind).query((rs, n) -> stored(rs, type)).list();
    }

    public <T> Optional<Stored<T>> one(String id, Class<T> type) {
        return jdbc.sql("select id, body::text as body, log_index, recorded_at, recorded_by from contract_record where id = ?")
                .param(id).query((rs, n) -> stored(rs, type)).optional();
    }

    public Optional<Opened> opened(String id) {
        return jdbc.sql("select id, body::text as body, salt, log_index from contract_record where id = ?").param(id)
                .query((rs, n) -> new Opened(rs.getString("id"), json.readValue(rs.getString("body"), Object.class),
                        rs.getBytes("salt"), rs.getLong("log_index"))).optional();
    }

    /** Keeps a document's bytes under their hash; the same text stored twice is one row. */
    public void storeDocument(String sha256, String mediaType, byte[] content) {
        jdbc.sql("insert into contract_document (sha256, media_type, content) values (?, ?, ?) on conflict (sha256) do nothing")
                .params(sha256, mediaType, content).update();
    }

    public Optional<byte[]> documentBytes(String sha256) {
        return jdbc.sql("select content from contract_document where sha256 = ?").param(sha256)
                .query((rs, n) -> rs.getBytes("content")).optional();
    }

    private <T> Stored<T> stored(java.sql.ResultSet rs, Class<T> type) throws java.sql.SQLException {
        tools.jackson.databind.JsonNode body = json.readTree(rs.getString("body"));
        return new Stored<>(rs.getString("id"), json.treeToValue(body.get("value"), type), rs.getLong("log_index"),
                rs.getObject("recorded_at", OffsetDateTime.class), new PartyId(rs.getString("recorded_by")));
    }

    @Override
    public void forEachInLogOrder(Consumer<Committed> visitor) {
        jdbc.sql("select id, log_index, salt, body::text as body from contract_record order by log_index").query(rs -> {
            visitor.accept(new Committed(rs.getString("id"), rs.getLong("log_index"), rs.getBytes("salt"),
                    json.readValue(rs.getString("body"), Object.class)));
        });
    }
}
