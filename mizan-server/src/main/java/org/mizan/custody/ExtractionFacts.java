package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** For the licence-area, licence-expiry and capacity rules: which licence the mine worked under, where, how much. */
public record ExtractionFacts(
        EventId eventId, LotId lot, SiteId site, PartyId operator, Optional<LicenceNumber> licence,
        GeoPoint location, Mass mass, OffsetDateTime time) implements CustodyFacts {
}
