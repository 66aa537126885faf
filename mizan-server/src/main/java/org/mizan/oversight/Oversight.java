package org.mizan.oversight;

import java.util.Collection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;
import org.mizan.ledger.Ledger;
import org.mizan.security.Actor;
import org.springframework.stereotype.Service;

/** Oversight's facade for other modules. */
@Service
public class Oversight {

    /** The console shows at most this many cases at once; the filters narrow the rest. */
    static final int QUEUE = 500;

    private final Alerts alerts;
    private final Cases cases;
    private final Ledger ledger;
    private final Clock clock;

    Oversight(Alerts alerts, Cases cases, Ledger ledger, Clock clock) {
        this.alerts = alerts;
        this.cases = cases;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The cases an actor may see (a regulator: its province's), filtered, overdue first and then by
     * risk score and deadline, so that the queue opens on what is late and then on what matters most.
     */
    public List<AlertCase> queue(Actor actor, Optional<String> rule, Optional<String> status) {
        Optional<ProvinceCode> jurisdiction = cases.jurisdiction(actor);
        status.ifPresent(AlertStatus::of);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return alerts.search(new Alerts.Query(AlertScope.of(actor, jurisdiction), rule, status, Optional.empty(), Optional.empty(),
                        Optional.empty(), QUEUE, Alerts.Order.RISK)).stream()
                .map(a -> AlertCase.of(a, now))
                .sorted(Comparator.comparing((AlertCase c) -> !c.overdue()).thenComparing(c -> c.status().equals("resolved"))
                        .thenComparing(Comparator.comparingInt(AlertCase::score).reversed()).thenComparing(AlertCase::dueAt))
                .toList();
    }

    /** One case, if this actor may see it. */
    public Optional<AlertCase> alert(Actor actor, String id) {
        Optional<ProvinceCode> jurisdiction = cases.jurisdiction(actor);
        return alerts.find(id).filter(a -> AlertScope.of(actor, jurisdiction).admits(a, actor, jurisdiction))
                .map(a -> AlertCase.of(a, OffsetDateTime.now(clock)));
    }

    /** Moves a case (acknowledged, escalated, resolved with a finding), committed to the log as the API does. */
    public AlertCase transition(Actor actor, String id, String to, Optional<String> finding, Optional<String> note) {
        Alert moved = cases.transition(actor, id, AlertStatus.of(to), finding.map(CaseFinding::of), note.filter(n -> !n.isBlank()));
        ledger.nudge();
        return AlertCase.of(moved, OffsetDateTime.now(clock));
    }

    /** The rule codes, for a filter. */
    public List<String> rules() {
        return java.util.Arrays.stream(RuleCode.values()).map(Enum::name).toList();
    }

    /** Every alert, open or resolved, naming any of these lots, sites or licences, oldest first. */
    public List<AlertSummary> alertsTouching(Collection<LotId> lots, Collection<SiteId> sites, Collection<LicenceNumber> licences) {
        return alerts.touching(List.copyOf(lots), List.copyOf(sites), List.copyOf(licences)).stream()
                .map(a -> new AlertSummary(a.id(), a.rule().name(), a.severity().code(), a.status().code(),
                        a.finding().map(CaseFinding::code), a.raisedAt(), a.explanation()))
                .toList();
    }

    /**
     * What each of these alerts names (lots, sites, licences), for those that exist. Public like the passports
     * that list these alerts: a passport page uses it to tell alerts about its own lots from alerts about a site
     * or licence its chain merely shared.
     */
    public Map<String, AlertSubject> subjects(Collection<String> ids) {
        Map<String, AlertSubject> out = new LinkedHashMap<>();
        alerts.find(ids).forEach(a -> out.put(a.id(), new AlertSubject(a.id(), a.subject().lots(), a.subject().sites(),
                a.subject().licences(), a.recurrence().occurrences() <= 1 || a.subject().lots().size() < Alerts.EVIDENCE_KEPT)));
        return out;
    }

    /** Alerts counted by rule and status, for the public dashboard: counts only, no detail of any case. */
    public List<AlertCount> alertCounts() {
        return alerts.countsByRuleAndStatus();
    }
}
