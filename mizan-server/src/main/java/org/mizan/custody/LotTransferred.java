package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;

/**
 * Title to a lot passed from its owner, the actor, to a buyer, and nothing moved: a sale in a warehouse, or of a
 * cargo on the road. Custody stays where it was; only the owner changes. The sale may cite its contract or invoice.
 */
public record LotTransferred(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, PartyId buyer,
        Optional<String> reference) implements CustodyEvent {

    public LotTransferred {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(reference, "reference");
        if (reference.isPresent() && reference.get().isBlank()) {
            throw new IllegalArgumentException("the sale of " + lot + " cites a blank reference");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
