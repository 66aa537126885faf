package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** A lot in transit arrived and was weighed (CBV receiving); the weighed mass is what is now available. */
public record LotReceived(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, SiteId site, Mass mass)
        implements CustodyEvent {

    public LotReceived {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(mass, "mass");
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
