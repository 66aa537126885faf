package org.mizan.epcis;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;

/** Capture jobs: created running, finished once as success or failure with the per-event errors. */
@Repository
class CaptureJobs {

    /** A job as the capture job endpoint shows it. */
    record CaptureJob(UUID id, String capturedBy, OffsetDateTime createdAt, OffsetDateTime finishedAt, String state,
            int eventCount, JsonNode errors) {
    }

    private final JdbcClient jdbc;

    CaptureJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, String party, int eventCount, OffsetDateTime now) {
        jdbc.sql("INSERT INTO epcis_capture_job (id, captured_by, created_at, state, event_count) VALUES (:id, :party, :now, 'running', :n)")
                .param("id", id).param("party", party).param("now", now.withOffsetSameInstant(ZoneOffset.UTC)).param("n", eventCount).update();
    }

    void succeed(UUID id, OffsetDateTime now) {
        finish(id, "success", List.of(), now);
    }

    void fail(UUID id, List<CaptureError> errors, OffsetDateTime now) {
        finish(id, "failure", errors, now);
    }

    private void finish(UUID id, String state, List<CaptureError> errors, OffsetDateTime now) {
        int changed = jdbc.sql("UPDATE epcis_capture_job SET state = :state, finished_at = :now, errors = CAST(:errors AS jsonb) "
                + "WHERE id = :id AND state = 'running'")
                .param("state", state).param("now", now.withOffsetSameInstant(ZoneOffset.UTC))
                .param("errors", JsonDocuments.MAPPER.writeValueAsString(errors)).param("id", id).update();
        if (changed != 1) {
            throw new IllegalStateException("Capture job " + id + " was not running");
        }
    }

    Optional<CaptureJob> find(UUID id) {
        return jdbc.sql("SELECT id, captured_by, created_at, finished_at, state, event_count, errors::text FROM epcis_capture_job WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new CaptureJob(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getInt(6),
                        JsonDocuments.STORED.readTree(rs.getString(7)))).optional();
    }
}
