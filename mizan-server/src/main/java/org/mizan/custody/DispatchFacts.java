package org.mizan.custody;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;

/**
 * For the permit rules at departure: the lot on the road and the mass that left, against the permit's payload
 * and window. After a partial dispatch {@code lot} is the new lot and {@code splitFrom} the lot it was taken
 * from; {@code splitFrom} is absent, and left out of the stored facts, for a whole lot.
 */
public record DispatchFacts(
        EventId eventId, LotId lot, SiteId from, SiteId to, Mass mass, TransitPermit permit, OffsetDateTime time,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LotId> splitFrom)
        implements CustodyFacts {

    public DispatchFacts {
        Objects.requireNonNull(splitFrom, "split from");
    }

    public DispatchFacts(EventId eventId, LotId lot, SiteId from, SiteId to, Mass mass, TransitPermit permit, OffsetDateTime time) {
        this(eventId, lot, from, to, mass, permit, time, Optional.empty());
    }

    public boolean exceedsPayload() {
        return mass.isGreaterThan(permit.maxPayload());
    }
}
