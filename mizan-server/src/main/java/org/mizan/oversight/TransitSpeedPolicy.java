package org.mizan.oversight;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A trip faster than the road allows: the road distance, estimated as the great-circle distance
 * between the two sites times a detour factor, divided by the elapsed time, above the maximum speed
 * of a loaded truck. Either the receipt was booked for a load that never made the trip, or the times
 * were forged.
 */
record TransitSpeedPolicy(double detourFactor, double maxSpeedKmh) {

    Optional<Finding> check(Trip trip, double fromLat, double fromLon, double toLat, double toLon) {
        double roadKm = Distances.greatCircleKm(fromLat, fromLon, toLat, toLon) * detourFactor;
        double hours = Duration.between(trip.dispatchedAt(), trip.receivedAt()).toSeconds() / 3600.0;
        double minimumHours = roadKm / maxSpeedKmh;
        if (roadKm == 0 || hours >= minimumHours) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleCode.IMPLAUSIBLE_TRANSIT, Severity.HIGH, "IMPLAUSIBLE_TRANSIT/" + trip.receiptEventId(),
                trip.subject(), trip.eventIds(), Map.of("roadKm", round(roadKm), "elapsedHours", round(hours),
                        "minimumHours", round(minimumHours), "maxSpeedKmh", maxSpeedKmh, "detourFactor", detourFactor),
                "Lot " + trip.lot() + " covered about " + round(roadKm) + " km of road in " + round(hours) + " h; at "
                        + maxSpeedKmh + " km/h it needs at least " + round(minimumHours) + " h; " + trip.describe()));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
