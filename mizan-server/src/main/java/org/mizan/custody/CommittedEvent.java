package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * An event as committed, for readers of the stream: its place in the order of all events, the event
 * itself and the red-flag facts recorded with it, in their stored JSON form (the records of
 * {@link CustodyFacts} serialised field by field, masses as kilogram strings).
 */
public record CommittedEvent(long seq, CustodyEvent event, JsonNode facts, OffsetDateTime recordedAt) implements StreamRecord {

    public CommittedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(recordedAt, "recorded at");
    }
}
