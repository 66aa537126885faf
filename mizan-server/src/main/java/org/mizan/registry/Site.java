package org.mizan.registry;

import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;

/** A place where minerals are mined, processed, stored, tested, checked or shipped. */
public record Site(SiteId id, String name, SiteKind kind, double lat, double lon, Optional<ProvinceCode> province,
        PartyId operator, Optional<LicenceNumber> licence) {

    public Site {
        if (id == null || kind == null || operator == null || province == null || licence == null) {
            throw Rejection.invalid("missing-field", "A site needs an id, a name, a kind, coordinates and an operator");
        }
        name = Text.required(name, "name", 200);
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw Rejection.invalid("invalid-coordinates", "Site coordinates must be WGS 84 latitude -90..90 and longitude -180..180");
        }
        if (kind == SiteKind.MINE && licence.isEmpty()) {
            throw Rejection.invalid("mine-needs-licence", "A mine site must name the licence it works under");
        }
        if (kind != SiteKind.MINE && licence.isPresent()) {
            throw Rejection.invalid("licence-only-for-mines", "Only a mine site works under a licence");
        }
    }
}
