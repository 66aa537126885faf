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
 * A lot in transit arrived and was weighed (CBV receiving); the weighed mass is what is now available.
 * {@code scaleResolution}, when stated, is the resolution of the weighbridge that weighed it (e.g. 20 kg).
 */
public record LotReceived(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, SiteId site, Mass mass,
        Optional<Mass> scaleResolution)
        implements CustodyEvent {

    public LotReceived(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, SiteId site, Mass mass) {
        this(eventId, time, actor, lot, site, mass, Optional.empty());
    }

    public LotReceived {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(mass, "mass");
        Objects.requireNonNull(scaleResolution, "scale resolution");
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
