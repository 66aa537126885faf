package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.Custody;
import org.mizan.registry.Licence;
import org.mizan.registry.LicenceDecision;
import org.mizan.registry.LicenceStatus;
import org.mizan.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A suspension or revocation recorded after the extractions it reaches back to were judged: a regulator records
 * today a suspension decided last week, and the week's extractions, judged by the licence as it then stood, were
 * found in order. Each such decision is looked at once (from a cursor over the decisions, in the order they were
 * recorded), and the extractions under its licence dated from its first day and already evaluated are judged
 * again by the licence rule, with the history as it now stands; a finding raised before is not raised again.
 * Reinstatements make nothing newly unlawful, and a decision not dated back reaches no judged extraction. Runs
 * on the evaluator's thread, so that it reads the registry as the rules do.
 */
@Component
class LicenceDecisionWatch {

    private static final int BATCH = 100;

    private final Registry registry;
    private final Custody custody;
    private final AlertRaising raising;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    LicenceDecisionWatch(Registry registry, Custody custody, AlertRaising raising, JdbcClient jdbc, TransactionTemplate transaction) {
        this.registry = registry;
        this.custody = custody;
        this.raising = raising;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Looks at the decisions recorded since the last sweep; returns the findings raised. */
    int sweep() {
        Integer raised = transaction.execute(status -> {
            long cursor = jdbc.sql("select seq from oversight_cursor where name = 'licence-decisions' for update").query(Long.class).single();
            long evaluated = jdbc.sql("select seq from oversight_cursor where name = 'custody'").query(Long.class).single();
            int found = 0;
            for (List<LicenceDecision> batch = registry.decisionsAfter(cursor, BATCH); !batch.isEmpty();
                    batch = registry.decisionsAfter(cursor, BATCH)) {
                for (LicenceDecision d : batch) {
                    found += rejudge(d, evaluated);
                    cursor = d.seq();
                }
                jdbc.sql("update oversight_cursor set seq = ? where name = 'licence-decisions'").param(cursor).update();
            }
            return found;
        });
        return raised == null ? 0 : raised;
    }

    private int rejudge(LicenceDecision d, long evaluated) {
        if (d.status() == LicenceStatus.ACTIVE) {
            return 0;
        }
        ZoneId zone = registry.licence(d.licence()).map(Licence::province).map(p -> registry.provinces().zone(p))
                .orElse(registry.provinces().zone());
        OffsetDateTime from = d.effectiveFrom().atStartOfDay(zone).toOffsetDateTime();
        if (!from.toInstant().isBefore(d.recordedAt())) {
            return 0;
        }
        List<CommittedEvent> judged = custody.extractionsUnder(d.licence(), from, evaluated).stream()
                .filter(CommittedEvent.class::isInstance).map(CommittedEvent.class::cast).toList();
        return raising.rejudgeLicence(judged);
    }
}
