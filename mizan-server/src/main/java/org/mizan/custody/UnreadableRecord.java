package org.mizan.custody;

import java.util.Objects;

/**
 * A committed record whose stored form does not read back as an event: written around the sequencer
 * (a bulk load, a tool) or by a version of Mizan that stored fields this one does not know.
 *
 * @param seq its place in the stream
 * @param eventId the id it was stored under
 * @param cause why it could not be read
 */
public record UnreadableRecord(long seq, String eventId, RuntimeException cause) implements StreamRecord {

    public UnreadableRecord {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(cause, "cause");
    }
}
