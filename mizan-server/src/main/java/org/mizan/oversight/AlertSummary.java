package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.Optional;

/** An alert as other modules show it: which rule, how severe, where the case stands and why it was raised. */
public record AlertSummary(String id, String rule, String severity, String status, Optional<String> finding,
        OffsetDateTime raisedAt, String explanation) {
}
