package org.mizan.oversight;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mizan.registry.Place;

/**
 * Origin in an area on the high-risk list: the location red flag of the OECD Due Diligence Guidance
 * (minerals from a conflict-affected or high-risk area trigger enhanced due diligence, Annex II risks
 * such as illegal control or taxation of mine sites). Areas are a province code or a province and
 * district as the registry's boundaries name them.
 */
record HighRiskOriginPolicy(List<String> areas) {

    Optional<Finding> check(Extraction e, Optional<Place> place) {
        if (place.isEmpty()) {
            return Optional.empty();
        }
        String province = place.get().province().value();
        String district = place.get().district().orElse("");
        Optional<String> listed = areas.stream().filter(a -> a.equals(province)
                || a.toLowerCase(Locale.ROOT).equals((province + "/" + district).toLowerCase(Locale.ROOT))).findFirst();
        return listed.map(area -> new Finding(RuleCode.HIGH_RISK_ORIGIN, Severity.HIGH, "HIGH_RISK_ORIGIN/" + e.eventId(),
                e.subject(), List.of(e.eventId()), Map.of("area", area, "province", province, "district", district,
                        "reference", "OECD DDG red flag RF-LOC-1; Annex II risks"),
                "Lot " + e.lot() + " (event " + e.eventId() + ") originates at " + e.lat() + ", " + e.lon() + " in " + district
                        + ", " + place.get().provinceName() + ", an area on the high-risk list (" + area
                        + "): enhanced due diligence under the OECD Due Diligence Guidance"));
    }
}
