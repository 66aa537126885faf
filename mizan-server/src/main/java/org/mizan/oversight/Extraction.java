package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * An extraction as the rules see it: the lot, where the mine is, its licence (none when the site has
 * no licence in the registry) and the tagged position.
 */
record Extraction(String eventId, LotId lot, SiteId site, PartyId operator, Optional<LicenceNumber> licence, String material,
        String mineral, Mass mass, double lat, double lon, OffsetDateTime time) {

    Subject subject() {
        return new Subject(List.of(lot), List.of(site), licence.stream().toList(), List.of(operator));
    }

    /** The licence as an explanation names it. */
    String licenceName() {
        return licence.map(LicenceNumber::value).orElse("none");
    }
}
