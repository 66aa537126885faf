package org.mizan.oversight;

import java.util.ArrayList;
import java.util.List;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.DispatchFacts;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotReceived;
import org.mizan.custody.TransitFacts;
import org.mizan.kernel.LotId;
import org.mizan.registry.Site;

/**
 * The rules on the road: permit payload, window and reuse at dispatch; loss, loss pattern, speed and permit window at
 * receipt.
 */
final class TransitRules {

    private final RegistryLookups registry;
    private final RuleMemory memory;
    private final PermitPolicy permits = new PermitPolicy();
    private final TransitLossPolicy loss;
    private final TransitSpeedPolicy speed;
    private final TransitLossPatternPolicy pattern;
    private final OversightSettings settings;

    TransitRules(RegistryLookups registry, RuleMemory memory, OversightSettings settings) {
        this.registry = registry;
        this.memory = memory;
        this.loss = new TransitLossPolicy(settings);
        this.speed = new TransitSpeedPolicy(settings.detourFactor(), settings.maxSpeedKmh());
        this.pattern = new TransitLossPatternPolicy(settings);
        this.settings = settings;
    }

    /** A partial dispatch is judged as a trip of the new lot, which inherits what the rules remember of its parent. */
    List<Finding> dispatched(CommittedEvent committed, LotDispatched event) {
        DispatchFacts facts = (DispatchFacts) committed.facts();
        facts.splitFrom().flatMap(memory::lot).ifPresent(parent -> memory.rememberLot(facts.lot(), parent.material(), parent.site()));
        Dispatch d = new Dispatch(event.eventId().value(), facts.lot(), event.from(), event.to(), event.permit(), facts.mass(), event.time(),
                event.actor());
        List<Finding> findings = new ArrayList<>();
        permits.payload(d).ifPresent(findings::add);
        permits.dispatchWindow(d).ifPresent(findings::add);
        permits.reuse(d, memory.permitUses(d)).ifPresent(findings::add);
        memory.addTrip(d);
        return findings;
    }

    List<Finding> received(CommittedEvent committed, LotReceived event) {
        TransitFacts f = (TransitFacts) committed.facts();
        LotId lot = event.lot();
        String dispatchEvent = memory.closeTrip(lot, event.time()).orElse(null);
        Site from = registry.site(f.from()).orElseThrow();
        Site to = registry.site(event.site()).orElseThrow();
        String mineral = memory.lot(lot).map(o -> registry.registry().catalogue().material(o.material()).mineral()).orElse("");
        Trip trip = new Trip(event.eventId().value(), dispatchEvent, lot, mineral, from.id(), to.id(),
                f.permit().number(), f.permit().validFrom(), f.permit().validUntil(), f.dispatchedMass(), event.mass(), f.dispatchedAt(),
                event.time(),
                List.of(from.operator(), event.actor()), from.operator(), f.scaleResolution(), f.shortfallBeyondResolution());
        List<Finding> findings = new ArrayList<>();
        loss.check(trip).ifPresent(findings::add);
        speed.check(trip, from.lat(), from.lon(), to.lat(), to.lon()).ifPresent(findings::add);
        permits.window(trip).ifPresent(findings::add);
        Route route = new Route(from.operator(), from.id(), to.id());
        memory.addRouteTrip(route, RouteTrip.of(trip));
        pattern.check(trip, route, memory.routeTrips(route, trip.receivedAt(), settings.lossPatternWindow(), settings.lossPatternTrips()))
                .ifPresent(findings::add);
        return findings;
    }
}
