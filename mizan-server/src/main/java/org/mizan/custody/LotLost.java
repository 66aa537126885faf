package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;

/** Some or all of a lot's available mass was written off, with a reason (spill, theft, moisture, sampling). */
public record LotLost(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, Mass mass, String reason)
        implements CustodyEvent {

    public LotLost {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(mass, "mass");
        if (mass.isZero()) {
            throw new IllegalArgumentException("write-off of " + lot + " loses nothing");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("write-off of " + lot + " needs a reason");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
