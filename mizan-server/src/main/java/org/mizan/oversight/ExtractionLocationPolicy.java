package org.mizan.oversight;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.registry.Licence;

/**
 * Extraction tagged outside the licence polygon, beyond the GPS tolerance: ore dug where no one holds
 * the title, booked against a licence that does.
 */
record ExtractionLocationPolicy(double toleranceMetres) {

    Optional<Finding> check(Extraction e, Licence licence) {
        double outside = Distances.metresOutside(licence.area(), e.lat(), e.lon());
        if (outside <= toleranceMetres) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleCode.OUTSIDE_LICENCE_AREA, Severity.HIGH, "OUTSIDE_LICENCE_AREA/" + e.eventId(),
                e.subject(), List.of(e.eventId()),
                Map.of("lat", e.lat(), "lon", e.lon(), "metresOutside", Math.round(outside), "toleranceMetres", toleranceMetres),
                "Lot " + e.lot() + " (event " + e.eventId() + ") was tagged at " + e.lat() + ", " + e.lon() + ", "
                        + Math.round(outside) + " m outside the area of licence " + e.licenceName() + " (tolerance "
                        + Math.round(toleranceMetres) + " m)"));
    }
}
