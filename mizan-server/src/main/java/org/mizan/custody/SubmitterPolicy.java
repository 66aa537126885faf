package org.mizan.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.springframework.stereotype.Component;

/**
 * Who may submit an event for the party it names as its actor: that party itself, or a hub (an aggregator, an
 * EPCIS hub) the party has delegated its reporting to, judged when the request is taken. A submission is not an
 * authority of its own: the lot book then judges each event as its actor's, exactly as if the actor had sent it.
 */
@Component
public final class SubmitterPolicy {

    /** The registry's answer: whether a party holds, at an instant, the right to report another's events. */
    public interface ReportingRights {

        boolean reportsFor(PartyId submitter, PartyId actor, Instant at);
    }

    private final ReportingRights rights;
    private final Clock clock;

    SubmitterPolicy(ReportingRights rights, Clock clock) {
        this.rights = rights;
        this.clock = clock;
    }

    /**
     * Refuses the whole request (403 {@code not-delegated}) at the first event whose actor the submitter may not
     * speak for, naming its position in the request and its id.
     */
    public void check(PartyId submitter, List<CustodyEvent> events) {
        Instant now = clock.instant();
        // A batch of a thousand events names a few actors: the registry is asked once for each.
        Map<PartyId, Boolean> answered = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            CustodyEvent event = events.get(i);
            PartyId actor = event.actor();
            if (!actor.equals(submitter) && !answered.computeIfAbsent(actor, a -> rights.reportsFor(submitter, a, now))) {
                throw Rejection.forbidden("not-delegated", "Event " + Rejection.quote(event.eventId().value()) + " names " + actor
                        + " as its actor, but it is reported by " + submitter + ", which holds no delegation from " + actor)
                        .with("index", i).with("eventId", event.eventId().value()).with("field", "actor");
            }
        }
    }
}
