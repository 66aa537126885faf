package org.mizan.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mizan.kernel.ProvinceCode;
import org.mizan.registry.Licence;
import org.mizan.registry.LicenceStatus;

/**
 * Extraction needs a licence that is in force at the time of extraction and covers the mineral. An
 * expired, suspended, revoked or not yet granted title, or one for another mineral, is the laundering
 * route for ore from unlicensed pits. "In force" is judged by the status history as it now stands,
 * so a suspension recorded late still applies to the days it covers, and on the day of the
 * province's calendar the extraction fell on, since that is how the law reads a licence's dates.
 */
final class LicenceValidityPolicy {

    private final Function<ProvinceCode, ZoneId> zones;

    /** {@code zones} gives the time zone each province's law keeps. */
    LicenceValidityPolicy(Function<ProvinceCode, ZoneId> zones) {
        this.zones = zones;
    }

    Optional<Finding> check(Extraction e, Optional<Licence> found) {
        if (found.isEmpty()) {
            return Optional.of(finding(e, "licence " + e.licenceName() + " is not in the registry", Map.of("licence", e.licenceName())));
        }
        Licence licence = found.get();
        ZoneId zone = zones.apply(licence.province());
        LocalDate day = e.time().atZoneSameInstant(zone).toLocalDate();
        LicenceStatus status = licence.statusOn(day);
        if (status != LicenceStatus.ACTIVE) {
            return Optional.of(finding(e, "licence " + e.licenceName() + " was " + status.code() + " on " + day + " (" + zone.getId()
                    + "; granted " + licence.granted() + ", expires " + licence.expires() + ")",
                    Map.of("status", status.code(), "granted", licence.granted().toString(), "expires", licence.expires().toString(),
                            "extractedAt", e.time().toString(), "localDay", day.toString(), "timeZone", zone.getId())));
        }
        if (!licence.covers(e.mineral())) {
            List<String> covered = licence.minerals().stream().map(m -> m.mineral()).toList();
            return Optional.of(finding(e, "licence " + e.licenceName() + " covers " + covered + ", not " + e.mineral(),
                    Map.of("mineral", e.mineral(), "covered", covered)));
        }
        return Optional.empty();
    }

    private static Finding finding(Extraction e, String why, Map<String, Object> figures) {
        return new Finding(RuleCode.LICENCE_NOT_VALID, Severity.CRITICAL, "LICENCE_NOT_VALID/" + e.eventId(), e.subject(),
                List.of(e.eventId()), figures, "Lot " + e.lot() + " extracted at " + e.site() + " (event " + e.eventId() + "): " + why);
    }
}
