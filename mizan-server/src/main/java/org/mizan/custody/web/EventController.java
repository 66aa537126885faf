package org.mizan.custody.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.mizan.kernel.LotId;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.mizan.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.ReadScope;
import org.mizan.custody.SubmitterPolicy;
import org.mizan.custody.sequencer.GroupWriter;
import org.mizan.custody.sequencer.Receipt;
import org.mizan.custody.sequencer.Sequencer;
import org.mizan.custody.store.CustodyEvents;

@RestController
class EventController {

    private final Sequencer sequencer;
    private final CustodyEvents events;
    private final ReadScope scope;
    private final CurrentActor currentActor;
    private final Intake intake;

    EventController(Sequencer sequencer, CustodyEvents events, ReadScope scope, CurrentActor currentActor, SubmitterPolicy submitters,
            Clock clock) {
        this.sequencer = sequencer;
        this.events = events;
        this.scope = scope;
        this.currentActor = currentActor;
        this.intake = new Intake(submitters, clock);
    }

    @PostMapping("/api/v1/events")
    ResponseEntity<Object> post(@RequestBody JsonNode body) {
        Actor actor = currentActor.require();
        if (actor.is(Role.REGULATOR) || actor.is(Role.AUDITOR)) {
            throw Rejection.forbidden("forbidden", "Regulators and auditors read custody records; they do not write them");
        }
        boolean batch = body != null && body.isObject() && body.has("events");
        if (batch && body.size() > 1) {
            throw new Rejection(Rejection.Kind.MALFORMED, "unknown-field", "A batch is an object with one field, events",
                    Map.of("field", "events"));
        }
        List<CustodyEvent> parsed = intake.read(batch ? body.get("events") : null, body, actor);
        List<Receipt> receipts = await(sequencer.submit(parsed, Optional.of(actor.party())));
        boolean allReplayed = receipts.stream().allMatch(Receipt::replayed);
        Object answer = batch ? Map.of("events", receipts.stream().map(EventController::view).toList()) : view(receipts.get(0));
        return ResponseEntity.status(allReplayed ? 200 : 201).body(answer);
    }

    private static List<Receipt> await(java.util.concurrent.CompletableFuture<List<Receipt>> answer) {
        try {
            return answer.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw GroupWriter.unavailable("The events could not be stored");
        } catch (TimeoutException e) {
            throw GroupWriter.unavailable("The write queue did not answer in time; the events may still be recorded");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GroupWriter.unavailable("Interrupted");
        }
    }

    private static Map<String, Object> view(Receipt r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eventId", r.eventId());
        out.put("seq", r.seq());
        out.put("recordedAt", r.recordedAt().toString());
        out.put("logIndex", r.logIndex());
        out.put("status", r.replayed() ? "replayed" : "accepted");
        return out;
    }

    @GetMapping("/api/v1/events/{eventId}")
    Map<String, Object> event(@PathVariable String eventId) {
        Actor actor = currentActor.require();
        CustodyEvents.Stored stored = events.find(eventId).filter(s -> mayRead(actor, s))
                .orElseThrow(() -> Rejection.notFound("unknown-event", "No event " + Rejection.quote(eventId) + " visible to you"));
        return view(stored);
    }

    /** An event is read by whoever reads one of its lots, by its actor, and by the hub that submitted it for its actor. */
    boolean mayRead(Actor actor, CustodyEvents.Stored stored) {
        if (scope.seesEverything(actor) || stored.body().path("actor").asString("").equals(actor.party().value())
                || stored.submittedBy().filter(actor.party()::equals).isPresent()) {
            return true;
        }
        return lotsOf(stored.body()).stream().anyMatch(lot -> scope.mayRead(actor, lot));
    }

    static List<LotId> lotsOf(JsonNode body) {
        List<LotId> lots = new ArrayList<>();
        if (body.has("lot")) {
            lots.add(new LotId(body.get("lot").asString()));
        }
        body.path("lots").forEach(l -> lots.add(new LotId(l.asString())));
        body.path("inputs").forEach(i -> lots.add(new LotId(i.get("lot").asString())));
        body.path("outputs").forEach(o -> lots.add(new LotId(o.get("lot").asString())));
        return lots;
    }

    static Map<String, Object> view(CustodyEvents.Stored stored) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", stored.seq());
        out.put("recordedAt", stored.recordedAt().toString());
        out.put("event", stored.body());
        out.put("facts", stored.facts());
        // Only a hub's submission names its submitter; an event its actor sent itself has nothing to add.
        stored.submittedBy().ifPresent(by -> out.put("submittedBy", by.value()));
        return out;
    }
}
