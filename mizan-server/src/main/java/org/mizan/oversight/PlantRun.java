package org.mizan.oversight;

import java.time.OffsetDateTime;

/** One process run's contained mass of one element, in grams, as the plant balance pattern remembers it. */
record PlantRun(String eventId, OffsetDateTime at, long inputGrams, long outputGrams) {

    PlantRun {
        if (inputGrams < 0 || outputGrams < 0) {
            throw new IllegalArgumentException("a run's contained masses are not negative");
        }
    }

    boolean surplus() {
        return outputGrams > inputGrams;
    }
}
