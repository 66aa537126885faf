package org.mizan.custody;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;

/**
 * For the loss-in-transit, permit-window and transit-speed rules: a whole trip, recorded at receipt.
 * {@code scaleResolution} is the combined resolution of the two weighings (the sum of what the dispatch
 * and the receipt stated), absent when neither stated one; it is left out of the stored facts when absent.
 */
public record TransitFacts(
        EventId eventId, LotId lot, SiteId from, SiteId to, TransitPermit permit,
        Mass dispatchedMass, Mass receivedMass, OffsetDateTime dispatchedAt, OffsetDateTime receivedAt,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Mass> scaleResolution)
        implements CustodyFacts {

    public TransitFacts {
        Objects.requireNonNull(scaleResolution, "scale resolution");
    }

    public TransitFacts(EventId eventId, LotId lot, SiteId from, SiteId to, TransitPermit permit,
            Mass dispatchedMass, Mass receivedMass, OffsetDateTime dispatchedAt, OffsetDateTime receivedAt) {
        this(eventId, lot, from, to, permit, dispatchedMass, receivedMass, dispatchedAt, receivedAt, Optional.empty());
    }

    /** Mass that left but did not arrive; zero if as much or more arrived. */
    public Mass shortfall() {
        return dispatchedMass.isGreaterThan(receivedMass) ? dispatchedMass.minus(receivedMass) : Mass.ZERO;
    }

    /** The shortfall the scales cannot explain: what is missing beyond their combined resolution; zero within it. */
    public Mass shortfallBeyondResolution() {
        Mass resolution = scaleResolution.orElse(Mass.ZERO);
        Mass shortfall = shortfall();
        return shortfall.isGreaterThan(resolution) ? shortfall.minus(resolution) : Mass.ZERO;
    }
}
