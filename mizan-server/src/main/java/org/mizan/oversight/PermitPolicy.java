package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.mizan.kernel.LotId;

/**
 * E-permit abuse: a lot heavier than the vehicle's declared payload, a dispatch or a receipt outside the
 * permit's validity window, and one permit number carrying two trips at once, a second trip on a permit
 * stated to be single-use, or trips of different vehicles (a forged, copied or recycled permit).
 */
final class PermitPolicy {

    /**
     * A trip already under the same permit number; {@code end} is its receipt, or the permit's end if it has none yet.
     * {@code vehicle} is null for a trip remembered without one.
     */
    record Use(LotId lot, String eventId, OffsetDateTime start, OffsetDateTime end, String vehicle, boolean singleUse) {
    }

    private static final Comparator<Use> FIRST = Comparator.comparing(Use::start).thenComparing(Use::eventId);

    Optional<Finding> payload(Dispatch d) {
        if (!d.mass().isGreaterThan(d.maxPayload())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleCode.PERMIT_VIOLATION, Severity.MEDIUM, "PERMIT_VIOLATION/payload/" + d.eventId(),
                d.subject(), List.of(d.eventId()), Map.of("violation", "payload", "massKg", d.mass().toKilogramsString(),
                        "maxPayloadKg", d.maxPayload().toKilogramsString(), "permit", d.number()),
                "Lot " + d.lot() + " (" + d.mass().toKilogramsString() + " kg) left " + d.from() + " on permit " + d.number()
                        + " whose vehicle carries at most " + d.maxPayload().toKilogramsString() + " kg (event " + d.eventId() + ")"));
    }

    /** A departure before the permit's window opens or after it closes; both ends belong to the window. */
    Optional<Finding> dispatchWindow(Dispatch d) {
        if (d.permit().isValidAt(d.time())) {
            return Optional.empty();
        }
        String side = d.time().isBefore(d.validFrom()) ? "before it is valid" : "after it expired";
        return Optional.of(new Finding(RuleCode.PERMIT_VIOLATION, Severity.MEDIUM, "PERMIT_VIOLATION/dispatch-window/" + d.eventId(),
                d.subject(), List.of(d.eventId()), Map.of("violation", "dispatched-outside-window", "dispatchedAt", d.time().toString(),
                        "validFrom", d.validFrom().toString(), "validUntil", d.validUntil().toString(), "permit", d.number()),
                "Lot " + d.lot() + " left " + d.from() + " at " + d.time() + " on permit " + d.number() + " " + side + " ("
                        + d.validFrom() + " to " + d.validUntil() + "; event " + d.eventId() + ")"));
    }

    /**
     * One finding at most for a permit number used again: two trips at once, else a second trip on a permit that
     * this dispatch or the other trip states to be single-use, else a trip of another vehicle than the number's
     * first. This dispatch's own trip is never the other one; remembered, it tells when this trip ended.
     */
    Optional<Finding> reuse(Dispatch d, List<Use> sameNumber) {
        return overlap(d, sameNumber).or(() -> secondTrip(d, sameNumber)).or(() -> otherVehicle(d, sameNumber));
    }

    Optional<Finding> overlap(Dispatch d, List<Use> sameNumber) {
        // Two trips overlap when each starts before the other ends. This one lasts until its receipt when that is
        // remembered (it is judged again) and may otherwise last until its permit expires.
        OffsetDateTime end = sameNumber.stream().filter(u -> u.eventId().equals(d.eventId())).map(Use::end).findFirst()
                .orElse(d.validUntil());
        return first(others(d, sameNumber), other -> !other.lot().equals(d.lot()) && other.start().isBefore(end)
                && d.time().isBefore(other.end()))
                .map(other -> reused(d, other, pair("reuse", d, other), "permit-reused", Map.of(),
                        "Permit " + d.number() + " was used for lot " + d.lot() + " (event " + d.eventId() + ") at " + d.time()
                                + " while it covered lot " + other.lot() + " on a trip from " + other.start() + " to " + other.end()
                                + " (event " + other.eventId() + ")"));
    }

    Optional<Finding> secondTrip(Dispatch d, List<Use> sameNumber) {
        return first(others(d, sameNumber), other -> d.permit().forOneTrip() || other.singleUse())
                .map(other -> reused(d, other, pair("single-use", d, other), "single-use-reused",
                        Map.of("singleUseStatedBy", d.permit().forOneTrip() ? d.eventId() : other.eventId()),
                        "Single-use permit " + d.number() + " was used for two trips: lot " + d.lot() + " left at " + d.time()
                                + " (event " + d.eventId() + "), and lot " + other.lot() + " travelled from " + other.start() + " to "
                                + other.end() + " (event " + other.eventId() + ")"));
    }

    Optional<Finding> otherVehicle(Dispatch d, List<Use> sameNumber) {
        // A permit names one vehicle; plates are compared as letters and digits, as they are written with or without spaces and dashes.
        return others(d, sameNumber).stream().findFirst()
                .filter(first -> first.vehicle() != null && !plate(first.vehicle()).equals(plate(d.permit().vehicle())))
                .map(first -> reused(d, first, pair("vehicle", d, first), "vehicle-changed",
                        Map.of("vehicle", d.permit().vehicle(), "otherVehicle", first.vehicle()),
                        "Permit " + d.number() + " was used for lot " + d.lot() + " on vehicle " + d.permit().vehicle() + " (event "
                                + d.eventId() + ") at " + d.time() + ", but it carried lot " + first.lot() + " on vehicle "
                                + first.vehicle() + " from " + first.start() + " to " + first.end() + " (event " + first.eventId() + ")"));
    }

    Optional<Finding> window(Trip trip) {
        boolean early = trip.receivedAt().isBefore(trip.validFrom());
        boolean late = trip.receivedAt().isAfter(trip.validUntil());
        // A trip that left outside the window on the side it arrived was flagged at its dispatch; one trip, one alert.
        boolean flaggedAtDispatch = early && trip.dispatchedAt().isBefore(trip.validFrom())
                || late && trip.dispatchedAt().isAfter(trip.validUntil());
        if (!early && !late || flaggedAtDispatch) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleCode.PERMIT_VIOLATION, Severity.MEDIUM, "PERMIT_VIOLATION/window/" + trip.receiptEventId(),
                trip.subject(), trip.eventIds(), Map.of("violation", "outside-window", "receivedAt", trip.receivedAt().toString(),
                        "validFrom", trip.validFrom().toString(), "validUntil", trip.validUntil().toString(), "permit", trip.permit()),
                "Lot " + trip.lot() + " was received at " + trip.receivedAt() + ", outside the window of permit " + trip.permit()
                        + " (" + trip.validFrom() + " to " + trip.validUntil() + "); " + trip.describe()));
    }

    private static Optional<Use> first(List<Use> uses, Predicate<Use> test) {
        return uses.stream().filter(test).findFirst();
    }

    /** The number's other trips, first first; never this dispatch's own, so judging it again counts nothing new. */
    private static List<Use> others(Dispatch d, List<Use> sameNumber) {
        return sameNumber.stream().filter(u -> !u.eventId().equals(d.eventId())).sorted(FIRST).toList();
    }

    private static Finding reused(Dispatch d, Use other, String cause, String violation, Map<String, Object> more, String explanation) {
        Map<String, Object> figures = new LinkedHashMap<>(Map.of("violation", violation, "permit", d.number(),
                "otherLot", other.lot(), "otherTripStart", other.start().toString(), "otherTripEnd", other.end().toString(),
                "dispatchedAt", d.time().toString()));
        figures.putAll(more);
        return new Finding(RuleCode.PERMIT_VIOLATION, Severity.MEDIUM, cause,
                new Subject(List.of(d.lot(), other.lot()), List.of(d.from(), d.to()), List.of(), List.of(d.actor())),
                List.of(other.eventId(), d.eventId()), figures, explanation);
    }

    /**
     * A reuse is a fact about two trips, whichever was judged second: the cause names both, so a trip
     * judged again after the other (a set-aside record retried, the stream evaluated again) raises nothing more.
     */
    private static String pair(String kind, Dispatch d, Use other) {
        String a = d.eventId();
        String b = other.eventId();
        return "PERMIT_VIOLATION/" + kind + "/" + (a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a);
    }

    private static String plate(String vehicle) {
        return vehicle.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
