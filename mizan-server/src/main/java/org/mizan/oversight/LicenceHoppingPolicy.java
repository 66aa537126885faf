package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.registry.Licence;

/**
 * One pit producing for several licences of one holder, booked to whichever licence has room under its yearly
 * capacity. Two signs, the first that holds: the extraction was tagged outside its own licence's area and inside a
 * sibling licence's (both judged with the GPS tolerance), or within the tolerance of a point the holder tagged under
 * a sibling licence earlier in the window. Only the holder's own licences count as siblings: ore dug in another
 * holder's area is the outside-area rule's alone.
 */
record LicenceHoppingPolicy(double toleranceMetres) {

    /** Where one of the holder's extractions was tagged, and under which licence. */
    record Point(String eventId, LicenceNumber licence, double lat, double lon, OffsetDateTime at) {
    }

    /**
     * {@code holdings} are the licences the holder of {@code own} holds (any other holder's are passed over); {@code earlier} the holder's points near this
     * extraction under other licences, most recent first.
     */
    Optional<Finding> check(Extraction e, Licence own, List<Licence> holdings, List<Point> earlier) {
        if (Distances.metresOutside(own.area(), e.lat(), e.lon()) > toleranceMetres) {
            Optional<Licence> sibling = holdings.stream()
                    .filter(l -> l.holder().equals(own.holder()) && !l.number().equals(own.number()))
                    .filter(l -> Distances.metresOutside(l.area(), e.lat(), e.lon()) <= toleranceMetres).findFirst();
            if (sibling.isPresent()) {
                return Optional.of(finding(e, own, sibling.get().number(), "inside-sibling", List.of(e.eventId()), 0,
                        "Lot " + e.lot() + " (event " + e.eventId() + ") was booked to licence " + own.number() + " but tagged at "
                                + e.lat() + ", " + e.lon() + ", inside the area of licence " + sibling.get().number() + " of the same holder "
                                + own.holder()));
            }
        }
        return earlier.stream().filter(p -> !p.licence().equals(own.number()) && !p.eventId().equals(e.eventId()))
                .filter(p -> metres(e, p) <= toleranceMetres).findFirst()
                .map(p -> finding(e, own, p.licence(), "point-shared", List.of(p.eventId(), e.eventId()), Math.round(metres(e, p)),
                        "Lot " + e.lot() + " (event " + e.eventId() + ") was booked to licence " + own.number() + " at " + e.lat() + ", "
                                + e.lon() + ", " + Math.round(metres(e, p)) + " m from where the same holder " + own.holder()
                                + " booked event " + p.eventId() + " to licence " + p.licence() + " on " + p.at().toLocalDate()
                                + ": one pit tagged under two licences (tolerance " + Math.round(toleranceMetres) + " m)"));
    }

    private Finding finding(Extraction e, Licence own, LicenceNumber sibling, String reason, List<String> events, long metresApart,
            String explanation) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reason", reason);
        f.put("holder", own.holder().value());
        f.put("licence", own.number().value());
        f.put("sibling", sibling.value());
        f.put("lat", e.lat());
        f.put("lon", e.lon());
        f.put("metresApart", metresApart);
        f.put("toleranceMetres", toleranceMetres);
        Subject subject = new Subject(List.of(e.lot()), List.of(e.site()), List.of(own.number(), sibling), List.of(own.holder(), e.operator()));
        return new Finding(RuleCode.LICENCE_HOPPING, Severity.HIGH, RuleCode.LICENCE_HOPPING + "/" + e.eventId(), subject, events, f,
                explanation);
    }

    private static double metres(Extraction e, Point p) {
        return Distances.greatCircleKm(e.lat(), e.lon(), p.lat(), p.lon()) * 1000;
    }
}
