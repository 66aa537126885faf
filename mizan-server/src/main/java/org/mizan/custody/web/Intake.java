package org.mizan.custody.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;

import tools.jackson.databind.JsonNode;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.SubmitterPolicy;
import org.mizan.custody.json.EventJson;

/**
 * What a POST of events carries, read as a whole before anything reaches the sequencer: one event or a batch
 * of at most {@link #MAX_BATCH}, each well formed, none dated in the future, each naming an actor the key's
 * party may speak for. The first refusal refuses the request.
 */
final class Intake {

    static final int MAX_BATCH = 1000;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SubmitterPolicy submitters;
    private final Clock clock;

    Intake(SubmitterPolicy submitters, Clock clock) {
        this.submitters = submitters;
        this.clock = clock;
    }

    /** The events of a batch ({@code array}) or the one event ({@code single}), submitted with the actor's key. */
    List<CustodyEvent> read(JsonNode array, JsonNode single, Actor actor) {
        List<CustodyEvent> parsed = new ArrayList<>();
        if (array == null) {
            parsed.add(EventJson.read(single, actor.party()));
        } else {
            if (!array.isArray() || array.isEmpty()) {
                throw new Rejection(Rejection.Kind.MALFORMED, "wrong-type", "events must be a non-empty array", Map.of("field", "events"));
            }
            if (array.size() > MAX_BATCH) {
                throw new Rejection(Rejection.Kind.TOO_LARGE, "batch-too-large",
                        "A batch holds at most " + MAX_BATCH + " events, got " + array.size(), Map.of("limit", MAX_BATCH));
            }
            for (int i = 0; i < array.size(); i++) {
                try {
                    parsed.add(EventJson.read(array.get(i), actor.party()));
                } catch (Rejection r) {
                    throw r.with("index", i);
                }
            }
        }
        OffsetDateTime latest = OffsetDateTime.now(clock).plus(CLOCK_SKEW);
        for (CustodyEvent event : parsed) {
            if (event.time().isAfter(latest)) {
                throw Rejection.invalid("event-in-future", "Event " + event.eventId() + " is dated " + event.time()
                        + ", in the future").with("eventId", event.eventId().value());
            }
        }
        submitters.check(actor.party(), parsed);
        return parsed;
    }
}
