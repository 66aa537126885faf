package org.mizan.passport;

import java.time.Instant;
import java.util.Objects;

/** An oversight alert as a passport shows it: which rule, how severe, whether still open, and why. */
public record AlertSummary(String id, String rule, String severity, String status, String finding, Instant raisedAt,
        String explanation) {

    public AlertSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raisedAt, "raised at");
    }
}
