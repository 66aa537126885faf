package org.mizan.custody.sequencer;

import java.time.OffsetDateTime;

/**
 * What a caller gets back for an event: where it stands in the global order, its index in the
 * transparency log, and whether it was a re-send.
 */
public record Receipt(String eventId, long seq, OffsetDateTime recordedAt, boolean replayed, Long logIndex) {

    /** The same receipt, answering a re-send of the event. */
    Receipt asReplay() {
        return new Receipt(eventId, seq, recordedAt, true, logIndex);
    }
}
