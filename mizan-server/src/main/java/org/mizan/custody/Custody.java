package org.mizan.custody;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import org.mizan.custody.json.EventJson;
import org.mizan.custody.sequencer.GroupWriter;
import org.mizan.custody.sequencer.Receipt;
import org.mizan.custody.sequencer.Sequencer;
import org.mizan.custody.store.CustodyEvents;

/** Custody's facade for other modules: record events through the same sequencer the API uses. */
@Service
public class Custody {

    private final Sequencer sequencer;
    private final CustodyEvents events;

    Custody(Sequencer sequencer, CustodyEvents events) {
        this.sequencer = sequencer;
        this.events = events;
    }

    /**
     * Committed records after a sequence number, in sequence order, at most {@code limit}. The single
     * writer commits groups in sequence order, so a reader that resumes after the last number it saw
     * misses nothing and sees nothing twice. A record that does not read back as an event comes as an
     * {@link UnreadableRecord} in its place, so that one bad record never hides the ones after it.
     */
    public List<StreamRecord> recordsAfter(long seq, int limit) {
        return events.after(seq, limit).stream().map(Custody::record).toList();
    }

    /** The committed record with this sequence number, if there is one: for a reader that retries one it set aside. */
    public Optional<StreamRecord> recordAt(long seq) {
        return events.at(seq).map(Custody::record);
    }

    private static StreamRecord record(CustodyEvents.Stored stored) {
        try {
            JsonNode actor = stored.body().get("actor");
            if (actor == null || !actor.isString()) {
                throw new IllegalArgumentException("the stored event names no actor");
            }
            return new CommittedEvent(stored.seq(), EventJson.read(stored.body(), new PartyId(actor.asString())), stored.facts(),
                    stored.recordedAt());
        } catch (RuntimeException unreadable) {
            return new UnreadableRecord(stored.seq(), stored.eventId(), unreadable);
        }
    }

    /** The sequence number of the newest committed event (0 when none is): how far a stream reader has to go. */
    public long lastCommittedSeq() {
        return events.lastSeq();
    }

    /** Records events (in the API's JSON form) atomically on behalf of a party; returns their sequence numbers. */
    public List<Long> record(PartyId actor, List<JsonNode> events) {
        List<CustodyEvent> parsed = events.stream().map(e -> EventJson.read(e, actor)).toList();
        CompletableFuture<List<Receipt>> answer = sequencer.submit(parsed);
        try {
            return answer.get().stream().map(Receipt::seq).toList();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : GroupWriter.unavailable("Could not record events");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Rejection(Rejection.Kind.UNAVAILABLE, "storage-unavailable", "Interrupted", java.util.Map.of());
        }
    }
}
