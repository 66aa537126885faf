package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** A whole lot left a site for another under a transit permit (CBV shipping). */
public record LotDispatched(
        EventId eventId, OffsetDateTime time, PartyId actor,
        LotId lot, SiteId from, SiteId to, TransitPermit permit)
        implements CustodyEvent {

    public LotDispatched {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(permit, "permit");
        if (from.equals(to)) {
            throw new IllegalArgumentException("lot " + lot + " dispatched from " + from + " to itself");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
