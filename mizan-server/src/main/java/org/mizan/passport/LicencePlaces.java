package org.mizan.passport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Point;
import org.mizan.kernel.LicenceNumber;
import org.mizan.registry.Licence;
import org.mizan.registry.Registry;

/**
 * Where a licence lies: its province as licensed, its district as the district holding an interior
 * point of its area (a licence straddling two districts is counted in the one holding that point).
 */
final class LicencePlaces {

    static final String UNATTRIBUTED = "unattributed";
    private static final String UNKNOWN = "unknown";

    record Place(String district, String province) {
    }

    private final Registry registry;
    private final Map<String, Place> seen = new ConcurrentHashMap<>();

    LicencePlaces(Registry registry) {
        this.registry = registry;
    }

    Place place(String licence) {
        if (UNATTRIBUTED.equals(licence)) {
            return new Place(UNATTRIBUTED, UNATTRIBUTED);
        }
        return seen.computeIfAbsent(licence, key -> registry.licence(new LicenceNumber(key)).map(this::place)
                .orElse(new Place(UNKNOWN, UNKNOWN)));
    }

    private Place place(Licence licence) {
        Point inside = licence.area().getInteriorPoint();
        String district = registry.provinces().locate(inside.getY(), inside.getX())
                .flatMap(p -> p.district()).orElse(UNKNOWN);
        return new Place(district, licence.province().value());
    }
}
