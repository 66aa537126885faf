package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.List;

import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** A departure as the permit rules see it. */
record Dispatch(String eventId, LotId lot, SiteId from, SiteId to, String permit, Mass maxPayload,
        OffsetDateTime validFrom, OffsetDateTime validUntil, Mass mass, OffsetDateTime time, PartyId actor) {

    Subject subject() {
        return new Subject(List.of(lot), List.of(from, to), List.of(), List.of(actor));
    }
}
