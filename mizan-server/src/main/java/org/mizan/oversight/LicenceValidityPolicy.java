package org.mizan.oversight;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.registry.Licence;
import org.mizan.registry.LicenceStatus;

/**
 * Extraction needs a licence that is in force on the day and covers the mineral. An expired,
 * suspended or revoked title, or one for another mineral, is the laundering route for ore from
 * unlicensed pits.
 */
final class LicenceValidityPolicy {

    Optional<Finding> check(Extraction e, Optional<Licence> found) {
        if (found.isEmpty()) {
            return Optional.of(finding(e, "licence " + e.licenceName() + " is not in the registry", Map.of("licence", e.licenceName())));
        }
        Licence licence = found.get();
        LicenceStatus status = licence.statusOn(e.time().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        if (status != LicenceStatus.ACTIVE) {
            return Optional.of(finding(e, "licence " + e.licenceName() + " was " + status.code() + " on "
                    + e.time().toLocalDate() + " (expires " + licence.expires() + ")",
                    Map.of("status", status.code(), "expires", licence.expires().toString(), "extractedAt", e.time().toString())));
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
