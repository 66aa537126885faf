package org.mizan.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

/**
 * A regulator's decision that changes a licence's status from a date, which may lie in the past: a
 * suspension decided last week is recorded today, effective last week. The grant itself is the
 * licence's {@link Licence#granted()} date, not a change.
 */
public sealed interface LicenceStatusChange permits LicenceSuspended, LicenceReinstated, LicenceRevoked {

    LicenceNumber licence();

    /** The first day, in the province's calendar, on which the new status holds. */
    LocalDate effectiveFrom();

    PartyId decidedBy();

    Optional<String> reason();

    /** When the register learnt of the decision; it may be long after {@link #effectiveFrom()}. */
    Instant recordedAt();

    /** What the decision is called: suspension, reinstatement or revocation. */
    String kind();

    /** The status in force from {@link #effectiveFrom()}. */
    LicenceStatus status();

    /** Whether this change may follow a licence standing in {@code before} on its effective day. */
    boolean mayFollow(LicenceStatus before);

    /** The change by the status it brings into force: suspended, active (a reinstatement) or revoked. */
    static LicenceStatusChange to(LicenceStatus status, LicenceNumber licence, LocalDate effectiveFrom, PartyId decidedBy,
            Optional<String> reason, Instant recordedAt) {
        if (status == LicenceStatus.SUSPENDED) {
            return new LicenceSuspended(licence, effectiveFrom, decidedBy, reason, recordedAt);
        }
        if (status == LicenceStatus.ACTIVE) {
            return new LicenceReinstated(licence, effectiveFrom, decidedBy, reason, recordedAt);
        }
        if (status == LicenceStatus.REVOKED) {
            return new LicenceRevoked(licence, effectiveFrom, decidedBy, reason, recordedAt);
        }
        throw Rejection.invalid("not-a-status-change", "A licence can be made suspended, active or revoked; "
                + status.code() + " follows from its dates").with("status", status.code());
    }
}
