package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/** Received mass below dispatched mass by more than the mineral's tolerance: material leaving the books on the road. */
record TransitLossPolicy(OversightSettings settings) {

    Optional<Finding> check(Trip trip) {
        long shortfall = trip.dispatchedMass().grams() - trip.receivedMass().grams();
        if (shortfall <= 0 || trip.dispatchedMass().isZero()) {
            return Optional.empty();
        }
        BigDecimal tolerance = settings.transitLossTolerance(trip.mineral());
        // Compared exactly, in grams: a rounded fraction would forgive a few grams past the tolerance.
        if (BigDecimal.valueOf(shortfall).compareTo(tolerance.multiply(BigDecimal.valueOf(trip.dispatchedMass().grams()))) <= 0) {
            return Optional.empty();
        }
        BigDecimal fraction = BigDecimal.valueOf(shortfall).divide(BigDecimal.valueOf(trip.dispatchedMass().grams()), 6, RoundingMode.HALF_EVEN);
        String kg = org.mizan.kernel.Mass.ofGrams(shortfall).toKilogramsString();
        return Optional.of(new Finding(RuleCode.TRANSIT_LOSS, Severity.MEDIUM, "TRANSIT_LOSS/" + trip.receiptEventId(), trip.subject(),
                trip.eventIds(), Map.of("dispatchedKg", trip.dispatchedMass().toKilogramsString(),
                        "receivedKg", trip.receivedMass().toKilogramsString(), "shortKg", kg,
                        "shortFraction", fraction.toPlainString(), "tolerance", tolerance.toPlainString()),
                "Lot " + trip.lot() + " left " + trip.from() + " with " + trip.dispatchedMass().toKilogramsString() + " kg and reached "
                        + trip.to() + " with " + trip.receivedMass().toKilogramsString() + " kg: " + kg + " kg short ("
                        + fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN) + " %, tolerance "
                        + tolerance.movePointRight(2).stripTrailingZeros().toPlainString() + " %); " + trip.describe()));
    }
}
