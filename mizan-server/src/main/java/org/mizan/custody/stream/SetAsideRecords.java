package org.mizan.custody.stream;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records each evaluator of the committed stream set aside, keyed by evaluator: nothing here is
 * about oversight, so a later evaluator keeps its own under its own name.
 */
@Repository
public class SetAsideRecords {

    /** A record an evaluator could not read or evaluate, with the latest cause. */
    public record SetAside(String evaluator, long seq, String eventId, String cause, OffsetDateTime setAsideAt, int attempts,
            OffsetDateTime lastAttemptAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public SetAsideRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets a record aside, in the transaction that moves the evaluator's cursor past it. */
    public void add(String evaluator, long seq, String eventId, String cause) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into evaluator_set_aside (evaluator, seq, event_id, cause, set_aside_at, last_attempt_at)
                values (?, ?, ?, ?, ?, ?)""").params(evaluator, seq, eventId, cause, now, now).update();
    }

    public List<SetAside> list(String evaluator) {
        return jdbc.sql("select * from evaluator_set_aside where evaluator = ? order by seq").param(evaluator).query(this::map).list();
    }

    public Optional<SetAside> find(String evaluator, long seq) {
        return jdbc.sql("select * from evaluator_set_aside where evaluator = ? and seq = ?").params(evaluator, seq).query(this::map)
                .optional();
    }

    public long count(String evaluator) {
        return jdbc.sql("select count(*) from evaluator_set_aside where evaluator = ?").param(evaluator).query(Long.class).single();
    }

    public void remove(String evaluator, long seq) {
        jdbc.sql("delete from evaluator_set_aside where evaluator = ? and seq = ?").params(evaluator, seq).update();
    }

    public void failedAgain(String evaluator, long seq, String cause) {
        jdbc.sql("""
                update evaluator_set_aside set cause = ?, attempts = attempts + 1, last_attempt_at = ?
                where evaluator = ? and seq = ?""").params(cause, now(), evaluator, seq).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private SetAside map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SetAside(rs.getString("evaluator"), rs.getLong("seq"), rs.getString("event_id"), rs.getString("cause"),
                rs.getObject("set_aside_at", OffsetDateTime.class), rs.getInt("attempts"),
                rs.getObject("last_attempt_at", OffsetDateTime.class));
    }
}
