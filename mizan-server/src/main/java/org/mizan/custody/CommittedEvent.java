package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An event as committed, for readers of the stream: its place in the order of all events, the event
 * itself and the red-flag facts recorded with it.
 */
public record CommittedEvent(long seq, CustodyEvent event, CustodyFacts facts, OffsetDateTime recordedAt) implements StreamRecord {

    public CommittedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(recordedAt, "recorded at");
    }
}
