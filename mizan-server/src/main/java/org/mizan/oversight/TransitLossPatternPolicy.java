package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Mass;

/**
 * Skimming under the per-trip tolerance: a hauler who takes 0.9 % of every truck where 1 % is forgiven
 * is never seen trip by trip, but honest weighbridges err both ways and his do not. Over a route's
 * recent trips (the settings' window), the rule fires on a trip that arrived short beyond its scales'
 * resolution when, over at least the minimum number of trips, the shortfall beyond resolution adds
 * up to more than the floor of the mass dispatched AND a one-sided sign test rejects, at the stated
 * significance, that a trip is no more likely to arrive short than not. Both are needed: the floor
 * ignores a steady grain of dust, the test ignores one or two large losses that the per-trip rule
 * already reports.
 */
record TransitLossPatternPolicy(OversightSettings settings) {

    /** {@code window} holds the route's recent trips, this one included, most recent first. */
    Optional<Finding> check(Trip trip, Route route, List<RouteTrip> window) {
        if (trip.unexplainedShortfall().isZero() || window.size() < settings.lossPatternMinTrips()) {
            return Optional.empty();
        }
        long dispatched = window.stream().mapToLong(RouteTrip::dispatchedGrams).sum();
        long shortGrams = window.stream().mapToLong(RouteTrip::shortGrams).sum();
        if (dispatched == 0) {
            return Optional.empty();
        }
        BigDecimal floor = settings.lossPatternFloor();
        // Compared exactly, in grams, as the per-trip rule does.
        if (BigDecimal.valueOf(shortGrams).compareTo(floor.multiply(BigDecimal.valueOf(dispatched))) <= 0) {
            return Optional.empty();
        }
        List<RouteTrip> shortTrips = window.stream().filter(RouteTrip::arrivedShort).toList();
        BigDecimal p = new SignTest(window.size(), shortTrips.size()).pValue();
        if (p.compareTo(settings.lossPatternSignificance()) > 0) {
            return Optional.empty();
        }
        BigDecimal fraction = BigDecimal.valueOf(shortGrams).divide(BigDecimal.valueOf(dispatched), 6, RoundingMode.HALF_EVEN);
        long heavier = window.stream().filter(RouteTrip::heavier).count();
        return Optional.of(new Finding(RuleCode.TRANSIT_LOSS_PATTERN, Severity.HIGH, "TRANSIT_LOSS_PATTERN/" + trip.receiptEventId(),
                new Subject(List.of(trip.lot()), List.of(route.from(), route.to()), List.of(), List.of(route.operator())), evidence(shortTrips),
                figures(route, window.size(), shortTrips.size(), heavier, shortGrams, fraction, p),
                explanation(route, window.size(), shortTrips.size(), heavier, shortGrams, fraction, p)));
    }

    // Oldest first: the order in which the pattern built up.
    private static List<String> evidence(List<RouteTrip> shortTrips) {
        List<String> ids = new ArrayList<>(shortTrips.stream().map(RouteTrip::receiptEventId).toList());
        Collections.reverse(ids);
        return ids;
    }

    private Map<String, Object> figures(Route route, int trips, int shortTrips, long heavier, long shortGrams, BigDecimal fraction,
            BigDecimal p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("operator", route.operator().value());
        f.put("from", route.from().value());
        f.put("to", route.to().value());
        f.put("trips", trips);
        f.put("tripsShort", shortTrips);
        f.put("tripsHeavier", heavier);
        f.put("shortKg", Mass.ofGrams(shortGrams).toKilogramsString());
        f.put("shortFraction", fraction.toPlainString());
        f.put("floor", settings.lossPatternFloor().toPlainString());
        f.put("test", "one-sided sign test, trips short beyond resolution against one half");
        f.put("pValue", p.round(new MathContext(3)).toPlainString());
        f.put("significance", settings.lossPatternSignificance().toPlainString());
        f.put("window", settings.lossPatternWindow().toString());
        f.put("windowTrips", settings.lossPatternTrips());
        return f;
    }

    private String explanation(Route route, int trips, int shortTrips, long heavier, long shortGrams, BigDecimal fraction, BigDecimal p) {
        return shortTrips + " of the last " + trips + " trips from " + route.from() + " to " + route.to() + " dispatched by "
                + route.operator() + " arrived short beyond their scales' resolution, " + Mass.ofGrams(shortGrams).toKilogramsString()
                + " kg in all or " + percent(fraction) + " % of the mass dispatched (floor " + percent(settings.lossPatternFloor())
                + " %); " + heavier + " arrived heavier. Honest scales err both ways: were a trip as likely to arrive short as not, "
                + shortTrips + " or more short trips of " + trips + " would happen with probability " + p.round(new MathContext(3)).toPlainString()
                + " (one-sided sign test, significance " + percent(settings.lossPatternSignificance()) + " %). Each trip stayed within "
                + "the per-trip tolerance or was reported on its own; together they are a pattern.";
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
