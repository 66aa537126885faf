package org.mizan.custody.book;

import java.util.Optional;
import org.mizan.kernel.Mass;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.DispatchFacts;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotReceived;
import org.mizan.custody.TransitFacts;

/**
 * Shipping and receiving: a lot, or a part of it split off as a new lot, leaves one site and arrives, weighed,
 * at its destination.
 */
final class Shipping {

    private final Sites sites;
    private final Parties parties;

    Shipping(Sites sites, Parties parties) {
        this.sites = sites;
        this.parties = parties;
    }

    DispatchFacts dispatch(LotDispatched event, Staging staging) {
        Lot lot = staging.existing(event.lot());
        if (event.part().isPresent()) {
            return dispatchPart(event, event.part().get(), lot, staging);
        }
        Lot moving = lot.dispatched(event);
        requireReleaseDecision(event);
        requireWasteSite(lot, sites.require(event.to()), event);
        staging.put(moving);
        return new DispatchFacts(event.eventId(), lot.id(), event.from(), event.to(),
                moving.availableMass(), event.permit(), event.time());
    }

    // The trip's facts name the new lot, so the rules on the road see an ordinary trip of the part's mass.
    private DispatchFacts dispatchPart(LotDispatched event, LotDispatched.Part part, Lot lot, Staging staging) {
        Lot.Split split = lot.split(event, part);
        requireReleaseDecision(event);
        if (staging.exists(part.newLot())) {
            throw new CustodyViolation(CustodyRule.LOT_EXISTS, "new lot " + part.newLot() + " of the partial dispatch of lot "
                    + lot.id() + " is already on the books");
        }
        requireWasteSite(lot, sites.require(event.to()), event);
        staging.put(split.kept());
        staging.put(split.leaving());
        return new DispatchFacts(event.eventId(), part.newLot(), event.from(), event.to(), part.mass(), event.permit(), event.time(),
                Optional.of(lot.id()));
    }

    // A reserve's stock leaves only by a decision, to a named recipient: the decision is what oversight checks it against.
    private void requireReleaseDecision(LotDispatched event) {
        if (sites.find(event.from()).filter(s -> s.kind() == SiteKind.RESERVE).isEmpty()) {
            return;
        }
        LotDispatched.Release release = event.release().orElseThrow(() -> new CustodyViolation(CustodyRule.RELEASE_WITHOUT_DECISION,
                "lot " + event.lot() + " leaves reserve " + event.from() + " without a release decision and recipient"));
        if (!parties.registered(release.recipient())) {
            throw new CustodyViolation(CustodyRule.RELEASE_WITHOUT_DECISION, "lot " + event.lot() + " is released from " + event.from()
                    + " to " + release.recipient() + ", who is not in the registry");
        }
    }

    // Tailings and slag are held at a tailings facility, or taken back to a plant to be reprocessed.
    private static void requireWasteSite(Lot lot, SiteProfile to, LotDispatched event) {
        if (lot.role().isWaste() && to.kind() != SiteKind.TAILINGS_FACILITY && to.kind() != SiteKind.PROCESSING_PLANT) {
            throw new CustodyViolation(CustodyRule.NOT_A_WASTE_SITE, "lot " + lot.id() + " is " + lot.role().code() + ", dispatched to "
                    + event.to() + ", a " + to.kind() + ": waste goes to a tailings facility or a processing plant");
        }
    }

    TransitFacts receive(LotReceived event, Staging staging) {
        Lot lot = staging.existing(event.lot());
        SiteProfile site = sites.require(event.site());
        Lot arrived = lot.received(event, site.operator());
        if (!site.operator().equals(event.actor())) {
            throw new CustodyViolation(CustodyRule.NOT_SITE_OPERATOR,
                    "lot " + event.lot() + " received by " + event.actor() + " at " + event.site() + ", operated by " + site.operator());
        }
        Transit trip = lot.transit().orElseThrow();
        staging.put(arrived);
        return new TransitFacts(event.eventId(), lot.id(), trip.from(), trip.to(), trip.permit(),
                trip.dispatchedMass(), event.mass(), trip.dispatchedAt(), event.time(), combined(trip, event));
    }

    // Either weighing may be off by its scale's resolution, in opposite directions: the two add up.
    private static Optional<Mass> combined(Transit trip, LotReceived event) {
        if (trip.scaleResolution().isEmpty() && event.scaleResolution().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(trip.scaleResolution().orElse(Mass.ZERO).plus(event.scaleResolution().orElse(Mass.ZERO)));
    }
}
