package org.mizan.oversight;

import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Rejection;

/**
 * The case workflow: open → acknowledged → escalated → resolved, skipping ahead allowed, never
 * backwards except that a resolved case may be reopened (to acknowledged or escalated) with a note
 * saying why. Resolving needs a finding; only resolving takes one.
 */
final class CaseWorkflow {

    static final int MAX_NOTE = 2000;

    private CaseWorkflow() {
    }

    static void check(Alert alert, AlertStatus to, Optional<CaseFinding> finding, Optional<String> note) {
        AlertStatus from = alert.status();
        if (to == AlertStatus.OPEN) {
            throw Rejection.invalid("invalid-transition", "A case cannot be moved back to open; reopen it as acknowledged or escalated");
        }
        if (note.isPresent() && note.get().length() > MAX_NOTE) {
            throw Rejection.invalid("note-too-long", "A note has at most " + MAX_NOTE + " characters");
        }
        if (to == AlertStatus.RESOLVED && finding.isEmpty()) {
            throw Rejection.invalid("finding-required", "Resolving a case needs a finding: confirmed, false-alarm or inconclusive");
        }
        if (to != AlertStatus.RESOLVED && finding.isPresent()) {
            throw Rejection.invalid("finding-not-allowed", "Only resolving a case records a finding");
        }
        if (from == to) {
            throw conflict(alert, to, "it is already " + from.code());
        }
        if (from == AlertStatus.RESOLVED && note.isEmpty()) {
            throw Rejection.invalid("note-required", "Reopening a resolved case needs a note giving the reason");
        }
        if (from == AlertStatus.ESCALATED && to == AlertStatus.ACKNOWLEDGED) {
            throw conflict(alert, to, "an escalated case is not de-escalated");
        }
    }

    private static Rejection conflict(Alert alert, AlertStatus to, String why) {
        return new Rejection(Rejection.Kind.CONFLICT, "invalid-transition", "Alert " + alert.id() + " cannot move to " + to.code()
                + ": " + why, Map.of("status", alert.status().code()));
    }
}
