package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.List;

import org.mizan.kernel.Mass;

/** A departure as the permit rules see it. */
record Dispatch(String eventId, String lot, String from, String to, String permit, Mass maxPayload,
        OffsetDateTime validFrom, OffsetDateTime validUntil, Mass mass, OffsetDateTime time, String actor) {

    Subject subject() {
        return new Subject(List.of(lot), List.of(from, to), List.of(), List.of(actor));
    }
}
