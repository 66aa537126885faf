package org.mizan.custody;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.mizan.kernel.PartyId;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.kernel.Rejection;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import org.mizan.custody.json.EventJson;
import org.mizan.custody.sequencer.GroupWriter;
import org.mizan.custody.sequencer.Receipt;
import org.mizan.custody.sequencer.Sequencer;
import org.mizan.custody.store.CustodyEvents;
import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.book.TimePrecisionPolicy;
import org.mizan.custody.json.StoredFacts;

/** Custody's facade for other modules: record events through the same sequencer the API uses. */
@Service
public class Custody {

    private final Sequencer sequencer;
    private final CustodyEvents events;
    private final JsonMapper json;
    private final java.time.Duration busyWithin;
    private final SubmitterPolicy submitters;
    private final ReadScope scope;

    Custody(Sequencer sequencer, CustodyEvents events, JsonMapper json,
            @org.springframework.beans.factory.annotation.Value("${mizan.stream.ingest-busy-within:PT0.05S}") java.time.Duration busyWithin,
            SubmitterPolicy submitters, ReadScope scope) {
        this.scope = scope;
        this.sequencer = sequencer;
        this.events = events;
        this.json = json;
        this.submitters = submitters;
        if (busyWithin.isNegative() || busyWithin.compareTo(java.time.Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("mizan.stream.ingest-busy-within must be between 0 and a minute, got " + busyWithin);
        }
        this.busyWithin = busyWithin;
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

    /**
     * The committed extractions at mines under a licence, dated at or after {@code from} and committed at or before
     * {@code through}: what a decision about the licence that reaches back to {@code from} concerns.
     */
    public List<StreamRecord> extractionsUnder(org.mizan.kernel.LicenceNumber licence, java.time.OffsetDateTime from, long through) {
        return events.extractionsUnder(licence.value(), from, through).stream().map(events::at).flatMap(Optional::stream)
                .map(Custody::record).toList();
    }

    /** The committed record with this sequence number, if there is one: for a reader that retries one it set aside. */
    public Optional<StreamRecord> recordAt(long seq) {
        return events.at(seq).map(Custody::record);
    }

    /** The committed record of the event with this id, if one is stored: what another module cites as evidence. */
    public Optional<StreamRecord> recordOf(EventId id) {
        return events.find(id.value()).map(Custody::record);
    }

    /**
     * The committed dispatch with this event id, if there is one (an event of another type is none). It is not
     * scoped to a reader: a caller that shows it applies {@link #mayRead} or a check of its own.
     */
    public Optional<CommittedDispatch> dispatch(String eventId) {
        if (eventId == null || eventId.isEmpty() || eventId.length() > 256) {
            return Optional.empty();
        }
        return events.find(eventId).filter(s -> "dispatched".equals(s.type())).flatMap(stored -> {
            if (!(record(stored) instanceof CommittedEvent committed) || !(committed.event() instanceof LotDispatched event)
                    || !(committed.facts() instanceof DispatchFacts facts)) {
                return Optional.empty();
            }
            return Optional.of(new CommittedDispatch(stored.seq(), event, facts, stored.salt(), stored.logIndex(), stored.recordedAt(),
                    stored.submittedBy()));
        });
    }

    /**
     * The dispatch disclosed as {@code mizan verify} reads a disclosed event: the event exactly as recorded (the tree its
     * commitment was computed over), its salt, its log index, and the given inclusion proof and signed checkpoint, for
     * the caller to verify with {@link Disclosure#verify}. Empty when the dispatch has no log entry yet.
     */
    public Optional<Disclosure> disclosure(CommittedDispatch dispatch, List<byte[]> inclusionProof, String checkpoint) {
        return events.find(dispatch.event().eventId().value()).filter(s -> s.logIndex() != null)
                .map(s -> new Disclosure(json.convertValue(s.body(), TREE), s.salt(), s.logIndex(), inclusionProof, checkpoint));
    }

    /**
     * Whether this actor may read the dispatch, by the rule every custody event is read by: its actor, the hub that
     * submitted it for its actor, whoever reads one of its lots, auditors and administrators.
     */
    public boolean mayRead(org.mizan.security.Actor actor, CommittedDispatch dispatch) {
        return scope.seesEverything(actor) || dispatch.event().actor().equals(actor.party())
                || dispatch.submittedBy().filter(actor.party()::equals).isPresent()
                || dispatch.event().touchedLots().stream().anyMatch(lot -> scope.mayRead(actor, lot));
    }

    private static final tools.jackson.core.type.TypeReference<Map<String, Object>> TREE = new tools.jackson.core.type.TypeReference<>() {
    };

    private static StreamRecord record(CustodyEvents.Stored stored) {
        try {
            JsonNode actor = stored.body().get("actor");
            if (actor == null || !actor.isString()) {
                throw new IllegalArgumentException("the stored event names no actor");
            }
            return new CommittedEvent(stored.seq(), EventJson.read(stored.body(), new PartyId(actor.asString())),
                    StoredFacts.read(stored.type(), stored.facts()), stored.recordedAt());
        } catch (RuntimeException unreadable) {
            return new UnreadableRecord(stored.seq(), stored.eventId(), unreadable);
        }
    }

    /**
     * Reads one event in the API's JSON form, as a client would post it (a file of sample events, say),
     * refusing it as the API would.
     */
    public CustodyEvent read(PartyId actor, String eventJson) {
        JsonNode node;
        try {
            node = json.readTree(eventJson);
        } catch (JacksonException e) {
            throw new Rejection(Rejection.Kind.MALFORMED, "malformed-body", "The event is not well-formed JSON: " + e.getOriginalMessage(), Map.of());
        }
        return EventJson.read(node, actor);
    }

    /**
     * Whether the single writer is taking or writing events right now (requests waiting, or a group written within
     * {@code mizan.stream.ingest-busy-within}, 50 ms): a reader of the committed stream that can wait gives way to
     * ingest on a machine whose processors it shares.
     */
    public boolean ingestBusy() {
        return sequencer.writing(busyWithin);
    }

    /** The sequence number of the newest committed event (0 when none is): how far a stream reader has to go. */
    public long lastCommittedSeq() {
        return events.lastSeq();
    }

    /**
     * Records events atomically as the party that submits them reports them; returns their sequence numbers.
     * An event names its own actor, the submitter or a party that delegated its reporting to it, as in the API.
     * A refusal is a {@link Rejection}: the rules the API's JSON reader applies to a field (a time finer
     * than Mizan keeps) are applied here too, and a broken custody rule names the rule and the event.
     */
    public List<Long> record(PartyId submitter, List<CustodyEvent> events) {
        events.forEach(TimePrecisionPolicy::check);
        submitters.check(submitter, events);
        CompletableFuture<List<Receipt>> answer = sequencer.submit(events, Optional.of(submitter));
        try {
            return answer.get().stream().map(Receipt::seq).toList();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : GroupWriter.unavailable("Could not record events");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Rejection(Rejection.Kind.UNAVAILABLE, "storage-unavailable", "Interrupted", Map.of());
        }
    }
}
