package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.SiteId;

/**
 * One alert as the regulator working it sees it: what it concerns, how often it recurred and its risk
 * score (0 to 100), its evidence (the events and the
 * figures the rule computed), its explanation and where it stands against its deadline.
 */
public record AlertCase(String id, String rule, String severity, String status, Optional<String> finding,
        Optional<ProvinceCode> province, List<LotId> lots, List<SiteId> sites, List<LicenceNumber> licences, List<String> eventIds,
        String explanation, OffsetDateTime raisedAt, OffsetDateTime dueAt, boolean overdue, int occurrences, OffsetDateTime firstAt,
        OffsetDateTime lastAt, int score) {

    public AlertCase {
        lots = List.copyOf(lots);
        sites = List.copyOf(sites);
        licences = List.copyOf(licences);
        eventIds = List.copyOf(eventIds);
    }

    static AlertCase of(Alert a, OffsetDateTime now) {
        return new AlertCase(a.id(), a.rule().name(), a.severity().code(), a.status().code(), a.finding().map(CaseFinding::code),
                a.province(), a.subject().lots(), a.subject().sites(), a.subject().licences(), a.eventIds(), a.explanation(),
                a.raisedAt(), a.dueAt(), a.overdue(now), a.recurrence().occurrences(), a.recurrence().firstAt(),
                a.recurrence().lastAt(), a.score());
    }
}
