package org.mizan.oversight;

import java.util.Collection;
import java.util.List;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;
import org.springframework.stereotype.Service;

/** Oversight's facade for other modules. */
@Service
public class Oversight {

    private final Alerts alerts;

    Oversight(Alerts alerts) {
        this.alerts = alerts;
    }

    /** Every alert, open or resolved, naming any of these lots, sites or licences, oldest first. */
    public List<AlertSummary> alertsTouching(Collection<LotId> lots, Collection<SiteId> sites, Collection<LicenceNumber> licences) {
        return alerts.touching(lots.stream().map(LotId::value).toArray(String[]::new),
                sites.stream().map(SiteId::value).toArray(String[]::new),
                licences.stream().map(LicenceNumber::value).toArray(String[]::new)).stream()
                .map(a -> new AlertSummary(a.id(), a.rule().name(), a.severity().code(), a.status().code(),
                        a.finding().map(CaseFinding::code), a.raisedAt(), a.explanation()))
                .toList();
    }

    /** Alerts counted by rule and status, for the public dashboard: counts only, no detail of any case. */
    public List<AlertCount> alertCounts() {
        return alerts.countsByRuleAndStatus();
    }
}
