package org.mizan.custody.sequencer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.EventId;

/**
 * Recognises re-sent events, the one place that does: an event whose id is already stored, or was
 * accepted earlier in the same group commit (by another request, or earlier in the same request),
 * is a re-send when its stored form is the same, and a refused reuse of the id when it is not.
 * Counting a request's events only once the lot book has accepted the request means a refused
 * request leaves no trace for the requests after it. One instance per group; sequencer thread only.
 */
public final class Resends {

    /** What one event of a request turned out to be. */
    sealed interface Outcome permits Fresh, Recorded, Repeated {
    }

    /** A new event, to be applied and stored. */
    record Fresh(CustodyEvent event) implements Outcome {
    }

    /** An event stored by an earlier group: answered with its original receipt. */
    record Recorded(Receipt receipt) implements Outcome {
    }

    /** An event accepted earlier in this group: answered with that event's receipt once it is stored. */
    record Repeated(EventId first) implements Outcome {
    }

    private final Map<EventId, GroupStore.Recorded> stored;
    private final Function<CustodyEvent, JsonNode> storedForm;
    // Events, not their stored forms: the form is built only for an id seen twice, not for every new event.
    private final Map<EventId, CustodyEvent> inGroup = new HashMap<>();

    Resends(Map<EventId, GroupStore.Recorded> stored, Function<CustodyEvent, JsonNode> storedForm) {
        this.stored = Map.copyOf(stored);
        this.storedForm = storedForm;
    }

    /** Sorts one request's events; throws {@link CustodyViolation} for an id that names a different event. */
    public List<Outcome> sort(List<CustodyEvent> events) {
        Map<EventId, CustodyEvent> inRequest = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (CustodyEvent event : events) {
            GroupStore.Recorded earlier = stored.get(event.eventId());
            CustodyEvent before = inGroup.getOrDefault(event.eventId(), inRequest.get(event.eventId()));
            if (earlier == null && before == null) {
                inRequest.put(event.eventId(), event);
                outcomes.add(new Fresh(event));
            } else if (!(earlier != null ? earlier.body() : storedForm.apply(before)).equals(storedForm.apply(event))) {
                throw new CustodyViolation(CustodyRule.EVENT_ID_REUSED,
                        "event id " + event.eventId() + " already names a different event").in(event.eventId());
            } else if (earlier != null) {
                outcomes.add(new Recorded(earlier.receipt().asReplay()));
            } else {
                outcomes.add(new Repeated(event.eventId()));
            }
        }
        return outcomes;
    }

    /** Counts a request's new events as accepted in this group, once the lot book has taken the request. */
    public void admit(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Fresh fresh) {
                inGroup.put(fresh.event().eventId(), fresh.event());
            }
        }
    }

    static List<CustodyEvent> fresh(List<Outcome> outcomes) {
        List<CustodyEvent> fresh = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Fresh f) {
                fresh.add(f.event());
            }
        }
        return fresh;
    }

    /** The receipts that answer a request, in its order, once the new events of its group are stored. */
    static List<Receipt> answer(List<Outcome> outcomes, Map<EventId, Receipt> receipts) {
        List<Receipt> answer = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Fresh fresh) {
                answer.add(receipts.get(fresh.event().eventId()));
            } else if (outcome instanceof Recorded recorded) {
                answer.add(recorded.receipt());
            } else if (outcome instanceof Repeated repeated) {
                answer.add(receipts.get(repeated.first()).asReplay());
            }
        }
        return answer;
    }
}
