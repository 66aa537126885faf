package org.mizan.registry;

import java.time.LocalDate;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.mizan.kernel.Rejection;

/**
 * Where a title may lie: a valid polygon, inside its issuing province, and not over ground another
 * live title already holds for one of the same minerals. Touching borders are fine; shared interior
 * is not.
 */
final class LicenceAreaPolicy {

    private final Provinces provinces;

    LicenceAreaPolicy(Provinces provinces) {
        this.provinces = provinces;
    }

    void check(Licence candidate, List<Licence> neighbours, LocalDate today) {
        Geometry area = candidate.area();
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            throw Rejection.invalid("invalid-geometry", "The licence area is not a valid polygon: " + error.getMessage()
                    + " at " + error.getCoordinate());
        }
        if (area.getArea() == 0) {
            throw Rejection.invalid("invalid-geometry", "The licence area is empty");
        }
        if (!provinces.contains(candidate.province(), area)) {
            throw Rejection.invalid("licence-outside-province", "The licence area is not inside "
                    + provinces.get(candidate.province()).name() + ", its issuing province")
                    .with("province", candidate.province().value());
        }
        for (Licence other : neighbours) {
            if (other.number().equals(candidate.number()) || !other.holdsGroundOn(today) || !sharesMineral(candidate, other)) {
                continue;
            }
            if (area.relate(other.area(), "T********")) {
                throw Rejection.conflict("licence-overlap", "The licence area overlaps licence " + other.number()
                        + ", which holds the same ground for " + sharedMineral(candidate, other))
                        .with("overlaps", other.number().value());
            }
        }
    }

    private static boolean sharesMineral(Licence a, Licence b) {
        return a.minerals().stream().anyMatch(m -> b.covers(m.mineral()));
    }

    private static String sharedMineral(Licence a, Licence b) {
        return a.minerals().stream().map(MineralCapacity::mineral).filter(b::covers).findFirst().orElse("?");
    }
}
