package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Mass;

/**
 * Received mass below dispatched mass by more than the mineral's tolerance: material leaving the books
 * on the road. Only the shortfall beyond the two weighbridges' stated resolution counts: a truck
 * weighed on 20 kg scales at both ends may read 40 kg light without a gram going missing.
 */
record TransitLossPolicy(OversightSettings settings) {

    Optional<Finding> check(Trip trip) {
        long shortfall = trip.unexplainedShortfall().grams();
        if (shortfall <= 0 || trip.dispatchedMass().isZero()) {
            return Optional.empty();
        }
        BigDecimal tolerance = settings.transitLossTolerance(trip.mineral());
        // Compared exactly, in grams: a rounded fraction would forgive a few grams past the tolerance.
        if (BigDecimal.valueOf(shortfall).compareTo(tolerance.multiply(BigDecimal.valueOf(trip.dispatchedMass().grams()))) <= 0) {
            return Optional.empty();
        }
        BigDecimal fraction = BigDecimal.valueOf(shortfall).divide(BigDecimal.valueOf(trip.dispatchedMass().grams()), 6, RoundingMode.HALF_EVEN);
        String kg = Mass.ofGrams(shortfall).toKilogramsString();
        String resolution = trip.scaleResolution().orElse(Mass.ZERO).toKilogramsString();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("dispatchedKg", trip.dispatchedMass().toKilogramsString());
        figures.put("receivedKg", trip.receivedMass().toKilogramsString());
        figures.put("scaleResolutionKg", resolution);
        figures.put("shortKg", kg);
        figures.put("shortFraction", fraction.toPlainString());
        figures.put("tolerance", tolerance.toPlainString());
        return Optional.of(new Finding(RuleCode.TRANSIT_LOSS, Severity.MEDIUM, "TRANSIT_LOSS/" + trip.receiptEventId(), trip.subject(),
                trip.eventIds(), figures,
                "Lot " + trip.lot() + " left " + trip.from() + " with " + trip.dispatchedMass().toKilogramsString() + " kg and reached "
                        + trip.to() + " with " + trip.receivedMass().toKilogramsString() + " kg: " + kg + " kg short"
                        + (trip.scaleResolution().isPresent() ? " beyond the scales' " + resolution + " kg resolution" : "") + " ("
                        + fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN) + " %, tolerance "
                        + tolerance.movePointRight(2).stripTrailingZeros().toPlainString() + " %); " + trip.describe()));
    }
}
