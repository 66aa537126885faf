package org.mizan.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Rejection;

/**
 * A licence's status through time: in force from the day it is granted, then changed by dated
 * decisions in the order of the days they take effect, not of the days they were recorded. Several
 * decisions may take effect on one day (a suspension lifted the same day); the last recorded gives
 * that day's status. Every history this type holds reads as a lawful sequence, so a backdated
 * change that would contradict a later one is refused rather than stored.
 */
public record LicenceHistory(LicenceNumber licence, LocalDate granted, List<LicenceStatusChange> changes) {

    public LicenceHistory {
        if (licence == null || granted == null || changes == null) {
            throw Rejection.invalid("missing-field", "A licence history needs its licence, grant date and changes");
        }
        // A stable sort: changes taking effect on the same day keep the order they were recorded in.
        changes = changes.stream().sorted(Comparator.comparing(LicenceStatusChange::effectiveFrom)).toList();
        LicenceStatus standing = LicenceStatus.ACTIVE;
        for (LicenceStatusChange change : changes) {
            if (!change.licence().equals(licence)) {
                throw Rejection.invalid("wrong-licence", "A change of licence " + change.licence() + " is not part of "
                        + licence + "'s history");
            }
            if (change.effectiveFrom().isBefore(granted)) {
                throw beforeGrant(licence, granted, change);
            }
            if (!change.mayFollow(standing)) {
                throw Rejection.conflict("invalid-licence-transition", "Licence " + licence + " is " + standing.code()
                        + " on " + change.effectiveFrom() + ", so a " + change.kind() + " cannot take effect that day")
                        .with("status", standing.code()).with("effectiveFrom", change.effectiveFrom().toString());
            }
            standing = change.status();
        }
    }

    /** A licence just granted: in force from its grant date, nothing changed yet. */
    public static LicenceHistory grantedOn(LicenceNumber licence, LocalDate granted) {
        return new LicenceHistory(licence, granted, List.of());
    }

    /**
     * The history with one more decision. Refused: a change dated before the grant or after today, any
     * change once the licence is revoked, the same change again on the same day, a change dated before
     * the latest one (every status follows from the one before, so it would contradict that one), and a
     * change that does not follow from the status in force on its day. A change may still be dated in
     * the past, after the latest one.
     */
    public LicenceHistory with(LicenceStatusChange change, LocalDate today) {
        if (change.effectiveFrom().isAfter(today)) {
            throw Rejection.invalid("effective-in-future", "A " + change.kind() + " is recorded once decided; "
                    + change.effectiveFrom() + " is after today, " + today).with("today", today.toString());
        }
        if (change.effectiveFrom().isBefore(granted)) {
            throw beforeGrant(licence, granted, change);
        }
        changes.stream().filter(c -> c.status() == LicenceStatus.REVOKED).findFirst().ifPresent(revocation -> {
            throw Rejection.conflict("licence-revoked", "Licence " + licence + " was revoked from "
                    + revocation.effectiveFrom() + "; nothing follows a revocation")
                    .with("revokedFrom", revocation.effectiveFrom().toString());
        });
        changes.stream().filter(c -> c.effectiveFrom().equals(change.effectiveFrom()) && c.status() == change.status())
                .findFirst().ifPresent(same -> {
                    throw Rejection.conflict("duplicate-status-change", "Licence " + licence + " already has this "
                            + same.kind() + " from " + same.effectiveFrom()).with("effectiveFrom", same.effectiveFrom().toString());
                });
        latest().filter(last -> change.effectiveFrom().isBefore(last.effectiveFrom())).ifPresent(last -> {
            // Each status follows from the one before, so a change slipped in before the latest would contradict it.
            throw Rejection.conflict("out-of-order-status-change", "Licence " + licence + " has a " + last.kind() + " from "
                    + last.effectiveFrom() + "; a " + change.kind() + " from " + change.effectiveFrom()
                    + " would contradict it").with("latestFrom", last.effectiveFrom().toString());
        });
        List<LicenceStatusChange> next = new ArrayList<>(changes);
        next.add(change);
        return new LicenceHistory(licence, granted, next);
    }

    /** The status the decisions give on a day, before expiry is considered; before the grant there is no title. */
    public LicenceStatus statusOn(LocalDate day) {
        if (day.isBefore(granted)) {
            return LicenceStatus.NOT_YET_GRANTED;
        }
        LicenceStatus standing = LicenceStatus.ACTIVE;
        for (LicenceStatusChange change : changes) {
            if (change.effectiveFrom().isAfter(day)) {
                break;
            }
            standing = change.status();
        }
        return standing;
    }

    /** The last decision in effective order, which gives the status standing now. */
    public Optional<LicenceStatusChange> latest() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    private static Rejection beforeGrant(LicenceNumber licence, LocalDate granted, LicenceStatusChange change) {
        return Rejection.invalid("before-grant", "Licence " + licence + " was granted on " + granted + "; a " + change.kind()
                + " cannot take effect on " + change.effectiveFrom()).with("granted", granted.toString());
    }
}
