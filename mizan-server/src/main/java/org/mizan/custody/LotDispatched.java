package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A lot left a site for another under a transit permit (CBV shipping): the whole lot, or, with a
 * {@code part}, that much of it as a new lot while the rest stays at the site. {@code scaleResolution},
 * when stated, is the resolution of the weighbridge that weighed it out. A dispatch out of a strategic reserve is a
 * {@code release}: it names the decision that ordered it and the party it is released to.
 */
public record LotDispatched(
        EventId eventId, OffsetDateTime time, PartyId actor,
        LotId lot, SiteId from, SiteId to, TransitPermit permit, Optional<Mass> scaleResolution, Optional<Part> part,
        Optional<Release> release)
        implements CustodyEvent {

    /** Why a lot leaves a reserve: the reference of the decision that released it, and the party it goes to. */
    public record Release(String decision, PartyId recipient) {

        public Release {
            Objects.requireNonNull(recipient, "recipient");
            if (decision == null || decision.isBlank()) {
                throw new IllegalArgumentException("a release names the decision that ordered it");
            }
        }
    }

    /**
     * The part of {@code lot} that leaves, as the new lot {@code newLot} of {@code mass}; it is less than what
     * the lot holds, which {@code LotBook} checks.
     */
    public record Part(LotId newLot, Mass mass) {

        public Part {
            Objects.requireNonNull(newLot, "new lot");
            Objects.requireNonNull(mass, "mass");
            if (mass.isZero()) {
                throw new IllegalArgumentException("a partial dispatch moves more than nothing: mass must be above 0");
            }
        }
    }

    public LotDispatched(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, SiteId from, SiteId to, TransitPermit permit) {
        this(eventId, time, actor, lot, from, to, permit, Optional.empty());
    }

    public LotDispatched(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, SiteId from, SiteId to, TransitPermit permit,
            Optional<Mass> scaleResolution) {
        this(eventId, time, actor, lot, from, to, permit, scaleResolution, Optional.empty());
    }

    public LotDispatched(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, SiteId from, SiteId to, TransitPermit permit,
            Optional<Mass> scaleResolution, Optional<Part> part) {
        this(eventId, time, actor, lot, from, to, permit, scaleResolution, part, Optional.empty());
    }

    public LotDispatched {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(permit, "permit");
        Objects.requireNonNull(scaleResolution, "scale resolution");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(release, "release");
        if (from.equals(to)) {
            throw new IllegalArgumentException("lot " + lot + " dispatched from " + from + " to itself");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        // A new lot named like the parent is refused by the book (LOT_EXISTS), not here: Set.of would throw on the pair.
        Set<LotId> lots = new LinkedHashSet<>();
        lots.add(lot);
        part.ifPresent(p -> lots.add(p.newLot()));
        return Collections.unmodifiableSet(lots);
    }
}
