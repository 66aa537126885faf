package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.LotId;

/**
 * E-permit abuse: a receipt outside the permit's validity window, a lot heavier than the vehicle's
 * declared payload, or one permit number carrying two trips at once (a forged or recycled permit).
 */
final class PermitPolicy {

    /** A trip already under the same permit number; {@code end} is its receipt, or the permit's end if it has none yet. */
    record Use(LotId lot, String eventId, OffsetDateTime start, OffsetDateTime end) {
    }

    Optional<Finding> payload(Dispatch d) {
        if (!d.mass().isGreaterThan(d.maxPayload())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleCode.PERMIT_VIOLATION, Severity.MEDIUM, "PERMIT_VIOLATION/payload/" + d.eventId(),
                d.subject(), List.of(d.eventId()), Map.of("violation", "payload", "massKg", d.mass().toKilogramsString(),
                        "maxPayloadKg", d.maxPayload().toKilogramsString(), "permit", d.permit()),
                "Lot " + d.lot() + " (" + d.mass().toKilogramsString() + " kg) left " + d.from() + " on permit " + d.permit()
                        + " whose vehicle carries at most " + d.maxPayload().toKilogramsString() + " kg (event " + d.eventId() + ")"));
    }

    Optional<Finding> overlap(Dispatch d, List<Use> sameNumber) {
        for (Use other : sameNumber) {
            // Two trips overlap when each starts before the other ends; the new one may last until its permit expires.
            boolean overlaps = !other.lot().equals(d.lot()) && other.start().isBefore(d.validUntil()) && d.time().isBefore(other.end());
            if (overlaps) {
                return Optional.of(new Finding(RuleCode.PERMIT_VIOLATION, Severity.MEDIUM, "PERMIT_VIOLATION/reuse/" + d.eventId(),
                        new Subject(List.of(d.lot(), other.lot()), List.of(d.from(), d.to()), List.of(), List.of(d.actor())),
                        List.of(other.eventId(), d.eventId()), Map.of("violation", "permit-reused", "permit", d.permit(),
                                "otherLot", other.lot(), "otherTripStart", other.start().toString(), "otherTripEnd", other.end().toString(),
                                "dispatchedAt", d.time().toString()),
                        "Permit " + d.permit() + " was used for lot " + d.lot() + " (event " + d.eventId() + ") at " + d.time()
                                + " while it covered lot " + other.lot() + " on a trip from " + other.start() + " to " + other.end()
                                + " (event " + other.eventId() + ")"));
            }
        }
        return Optional.empty();
    }

    Optional<Finding> window(Trip trip) {
        if (!trip.receivedAt().isBefore(trip.validFrom()) && !trip.receivedAt().isAfter(trip.validUntil())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleCode.PERMIT_VIOLATION, Severity.MEDIUM, "PERMIT_VIOLATION/window/" + trip.receiptEventId(),
                trip.subject(), trip.eventIds(), Map.of("violation", "outside-window", "receivedAt", trip.receivedAt().toString(),
                        "validFrom", trip.validFrom().toString(), "validUntil", trip.validUntil().toString(), "permit", trip.permit()),
                "Lot " + trip.lot() + " was received at " + trip.receivedAt() + ", outside the window of permit " + trip.permit()
                        + " (" + trip.validFrom() + " to " + trip.validUntil() + "); " + trip.describe()));
    }
}
