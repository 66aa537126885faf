package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One trip on a route as the loss pattern remembers it: its receipt, the masses weighed and what is short beyond the scales. */
record RouteTrip(String receiptEventId, OffsetDateTime receivedAt, long dispatchedGrams, long receivedGrams, long shortGrams) {

    RouteTrip {
        Objects.requireNonNull(receiptEventId, "receipt event");
        Objects.requireNonNull(receivedAt, "received at");
        if (dispatchedGrams < 0 || receivedGrams < 0 || shortGrams < 0 || shortGrams > dispatchedGrams) {
            throw new IllegalArgumentException("a trip's masses are not negative and its shortfall is at most what left");
        }
    }

    static RouteTrip of(Trip trip) {
        return new RouteTrip(trip.receiptEventId(), trip.receivedAt(), trip.dispatchedMass().grams(), trip.receivedMass().grams(),
                trip.unexplainedShortfall().grams());
    }

    boolean arrivedShort() {
        return shortGrams > 0;
    }

    boolean heavier() {
        return receivedGrams > dispatchedGrams;
    }
}
