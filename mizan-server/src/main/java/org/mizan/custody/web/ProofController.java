package org.mizan.custody.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.mizan.custody.store.CustodyEvents;

/**
 * Discloses one event to a party allowed to see it: the recorded event, its salt, its log index, an
 * inclusion proof and the signed checkpoint it is proven against. {@code mizan verify} checks the
 * bundle offline.
 */
@RestController
class ProofController {

    static final String FORMAT = "mizan-event-disclosure/v1";

    private final CustodyEvents events;
    private final EventController visibility;
    private final Ledger ledger;
    private final CurrentActor currentActor;

    ProofController(CustodyEvents events, EventController visibility, Ledger ledger, CurrentActor currentActor) {
        this.events = events;
        this.visibility = visibility;
        this.ledger = ledger;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/events/{eventId}/proof")
    Map<String, Object> proof(@PathVariable String eventId) {
        Actor actor = currentActor.require();
        CustodyEvents.Stored stored = events.find(eventId).filter(s -> visibility.mayRead(actor, s))
                .orElseThrow(() -> Rejection.notFound("unknown-event", "No event " + Rejection.quote(eventId) + " visible to you"));
        Ledger.SignedCheckpoint checkpoint = ledger.checkpointCovering(stored.logIndex())
                .orElseThrow(() -> new Rejection(Rejection.Kind.UNAVAILABLE, "not-yet-in-checkpoint",
                        "Event " + eventId + " is logged but not yet in a signed checkpoint; retry in a second", Map.of()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("event", stored.body());
        out.put("salt", Base64.getEncoder().encodeToString(stored.salt()));
        out.put("index", stored.logIndex());
        out.put("treeSize", checkpoint.size());
        out.put("inclusionProof", ledger.inclusionProof(stored.logIndex(), checkpoint.size()).stream()
                .map(h -> Base64.getEncoder().encodeToString(h)).toList());
        out.put("checkpoint", checkpoint.note());
        out.put("verifierKey", ledger.verifierKey().toString());
        return out;
    }
}
