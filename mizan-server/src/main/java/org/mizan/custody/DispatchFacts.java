package org.mizan.custody;

import java.time.OffsetDateTime;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;

/** For the permit rules at departure: the mass that left against the permit's payload and window. */
public record DispatchFacts(
        EventId eventId, LotId lot, SiteId from, SiteId to, Mass mass, TransitPermit permit, OffsetDateTime time)
        implements CustodyFacts {

    public boolean exceedsPayload() {
        return mass.isGreaterThan(permit.maxPayload());
    }
}
