package org.mizan.ledger;

import java.util.List;

/** What the audit checked and every mismatch it found; an empty problem list means the log is intact. */
public record AuditReport(long entries, long records, long checkpoints, List<String> problems) {

    public AuditReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
