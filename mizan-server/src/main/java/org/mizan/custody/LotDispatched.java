package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A whole lot left a site for another under a transit permit (CBV shipping). {@code scaleResolution}, when
 * stated, is the resolution of the weighbridge that weighed it out.
 */
public record LotDispatched(
        EventId eventId, OffsetDateTime time, PartyId actor,
        LotId lot, SiteId from, SiteId to, TransitPermit permit, Optional<Mass> scaleResolution)
        implements CustodyEvent {

    public LotDispatched(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, SiteId from, SiteId to, TransitPermit permit) {
        this(eventId, time, actor, lot, from, to, permit, Optional.empty());
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
        if (from.equals(to)) {
            throw new IllegalArgumentException("lot " + lot + " dispatched from " + from + " to itself");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
