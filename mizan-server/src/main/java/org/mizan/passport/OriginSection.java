package org.mizan.passport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.mizan.custody.ConsignmentChain;
import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportFormat;

/**
 * Where the consignment's primary elements came from, by licence, district and province, with the share
 * no recorded extraction explains shown as {@code unattributed} rather than spread over the rest.
 */
final class OriginSection {

    private final LicencePlaces places;

    OriginSection(LicencePlaces places) {
        this.places = places;
    }

    Passport.Origin origin(ConsignmentChain chain) {
        Map<String, String> byLicence = chain.originByLicence();
        return new Passport.Origin(PassportFormat.ORIGIN_METHOD, byLicence, grouped(byLicence, LicencePlaces.Place::district),
                grouped(byLicence, LicencePlaces.Place::province), byLicence.getOrDefault(LicencePlaces.UNATTRIBUTED, "0"));
    }

    private Map<String, String> grouped(Map<String, String> byLicence, Function<LicencePlaces.Place, String> key) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        byLicence.forEach((licence, share) -> sums.merge(key.apply(places.place(licence)), new BigDecimal(share), BigDecimal::add));
        Map<String, String> out = new LinkedHashMap<>();
        sums.forEach((k, v) -> out.put(k, v.toPlainString()));
        return out;
    }
}
