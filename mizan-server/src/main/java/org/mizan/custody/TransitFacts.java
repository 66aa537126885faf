package org.mizan.custody;

import java.time.OffsetDateTime;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;

/** For the loss-in-transit, permit-window and transit-speed rules: a whole trip, recorded at receipt. */
public record TransitFacts(
        EventId eventId, LotId lot, SiteId from, SiteId to, TransitPermit permit,
        Mass dispatchedMass, Mass receivedMass, OffsetDateTime dispatchedAt, OffsetDateTime receivedAt)
        implements CustodyFacts {

    /** Mass that left but did not arrive; zero if as much or more arrived. */
    public Mass shortfall() {
        return dispatchedMass.isGreaterThan(receivedMass) ? dispatchedMass.minus(receivedMass) : Mass.ZERO;
    }
}
