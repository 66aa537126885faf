package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** A completed trip as recorded at receipt: both ends, the permit and the masses and times at each end. */
record Trip(String receiptEventId, String dispatchEventId, LotId lot, String mineral, SiteId from, SiteId to, String permit,
        OffsetDateTime validFrom, OffsetDateTime validUntil, Mass dispatchedMass, Mass receivedMass,
        OffsetDateTime dispatchedAt, OffsetDateTime receivedAt, List<PartyId> parties) {

    List<String> eventIds() {
        List<String> ids = new ArrayList<>();
        if (dispatchEventId != null) {
            ids.add(dispatchEventId);
        }
        ids.add(receiptEventId);
        return ids;
    }

    Subject subject() {
        return new Subject(List.of(lot), List.of(from, to), List.of(), parties);
    }

    String describe() {
        return "lot " + lot + " from " + from + " to " + to + " under permit " + permit + " (events " + String.join(", ", eventIds()) + ")";
    }
}
