package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A completed trip as recorded at receipt: both ends, the permit and the masses and times at each end.
 * {@code scaleResolution} is the two weighbridges' combined resolution and {@code unexplainedShortfall}
 * what is missing beyond it, both as custody computed them; {@code dispatcher} operates the from-site.
 */
record Trip(String receiptEventId, String dispatchEventId, LotId lot, String mineral, SiteId from, SiteId to, String permit,
        OffsetDateTime validFrom, OffsetDateTime validUntil, Mass dispatchedMass, Mass receivedMass,
        OffsetDateTime dispatchedAt, OffsetDateTime receivedAt, List<PartyId> parties, PartyId dispatcher,
        Optional<Mass> scaleResolution, Mass unexplainedShortfall) {

    Trip {
        Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(scaleResolution, "scale resolution");
        Objects.requireNonNull(unexplainedShortfall, "unexplained shortfall");
    }

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
