package org.mizan.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mizan.fiscal.FiscalRecords;
import org.mizan.fiscal.RevenueDifference;
import org.mizan.fiscal.RoyaltyDue;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.SwitchableWorker;
import org.mizan.registry.Licence;
import org.mizan.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fiscal rules, on their own schedule: a royalty can only be found unpaid once its deadline has passed, and
 * a reconciliation difference only once its line has settled, so these rules judge the fiscal records as the
 * clock moves rather than as events arrive. Each sweep takes the new assessments into a watch list (from a
 * cursor over their log entries), judges the assessments whose deadline and grace have passed, exactly once,
 * and looks at the material differences of this fiscal year and the last. One sweep runs at a time across
 * nodes: it holds the cursor's row lock, and everything it does commits together.
 */
@Component
class FiscalWatch extends SwitchableWorker {

    private static final Logger log = LoggerFactory.getLogger(FiscalWatch.class);
    private static final int BATCH = 1000;

    private final FiscalRecords fiscal;
    private final Alerts alerts;
    private final Registry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final OversightSettings settings;
    private final FiscalRuleSettings rules;
    private final RoyaltyArrearsPolicy arrears;
    private final RevenueMismatchPolicy mismatch;
    private final AlertFolding folding = new AlertFolding();
    // What the material differences were last judged on (this node): the revenue records' latest entries and the day.
    private volatile String differencesJudged = "";
    // The earliest moment a line found quiet by its days but recorded too recently settles (this node), if any.
    private volatile Optional<Instant> differencesPending = Optional.empty();

    FiscalWatch(FiscalRecords fiscal, Alerts alerts, Registry registry, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
            OversightSettings settings, FiscalRuleSettings rules, @Value("${mizan.oversight.evaluate:true}") boolean enabled) {
        super("mizan-fiscal-watch", Duration.ofSeconds(30), enabled);
        this.fiscal = fiscal;
        this.alerts = alerts;
        this.registry = registry;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.rules = rules;
        this.arrears = new RoyaltyArrearsPolicy(rules);
        this.mismatch = new RevenueMismatchPolicy(rules);
    }

    /** One sweep; returns the findings it raised (a finding raised before is not raised again). */
    int sweep() {
        return sweep(java.util.Optional.empty());
    }

    private int sweep(java.util.Optional<Duration> lockWait) {
        String[] judged = new String[1];
        int raised = transaction.execute(status -> {
            // A reader waits for a sweep in progress at most so long, then answers with what is raised.
            lockWait.ifPresent(wait -> jdbc.sql("select set_config('lock_timeout', ?, true)").param(wait.toMillis() + "ms").query().singleValue());
            long cursor = jdbc.sql("select seq from oversight_cursor where name = 'fiscal-assessments' for update").query(Long.class).single();
            watchNew(cursor);
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            String mark = fiscal.revenueMark() + "/" + now.atZoneSameInstant(registry.provinces().zone()).toLocalDate();
            int differences = 0;
            // Reconciling a year reads all its payments and receipts: only when one was recorded, a day passed or a line settles.
            if (!mark.equals(differencesJudged) || differencesPending.filter(at -> !now.toInstant().isBefore(at)).isPresent()) {
                differences = judgeDifferences(now);
                judged[0] = mark;
            }
            return judgeDue(now) + differences;
        });
        if (judged[0] != null) {
            differencesJudged = judged[0];
        }
        return raised;
    }

    /**
     * Brings the fiscal rules up to date for a reader (a passport) within {@code budget} for assessment to catch
     * up; never throws, since a lagging or failing sweep must not hold the reader up.
     */
    void catchUp(Duration budget) {
        fiscal.catchUp(budget);
        try {
            sweep(java.util.Optional.of(budget));
        } catch (RuntimeException e) {
            log.warn("The fiscal rules could not sweep for a reader ({}); it answers with the alerts raised so far", e.toString());
        }
    }

    private void watchNew(long cursor) {
        for (List<RoyaltyDue> batch = fiscal.duesAfter(cursor, BATCH); !batch.isEmpty(); batch = fiscal.duesAfter(cursor, BATCH)) {
            for (RoyaltyDue due : batch) {
                jdbc.sql("insert into oversight_royalty_watch (assessment, licence, due_on) values (?, ?, ?) on conflict do nothing")
                        .params(due.assessment(), due.licence().value(), arrears.dueOn(due, zone(due.licence()))).update();
                cursor = due.logIndex();
            }
            jdbc.sql("update oversight_cursor set seq = ? where name = 'fiscal-assessments'").param(cursor).update();
        }
    }

    private int judgeDue(OffsetDateTime now) {
        // The national calendar decides when to look; each deadline itself is a day of its province's calendar.
        LocalDate lastDeadline = now.atZoneSameInstant(registry.provinces().zone()).toLocalDate().minusDays(rules.recordingGrace().toDays() + 1);
        Map<String, Set<String>> byLicence = new TreeMap<>();
        jdbc.sql("select assessment, licence from oversight_royalty_watch where not judged and due_on <= ?").param(lastDeadline)
                .query((rs, n) -> byLicence.computeIfAbsent(rs.getString("licence"), l -> new TreeSet<>()).add(rs.getString("assessment")))
                .list();
        int raised = 0;
        for (Map.Entry<String, Set<String>> e : byLicence.entrySet()) {
            LicenceNumber licence = new LicenceNumber(e.getKey());
            Optional<Licence> registered = registry.licence(licence);
            List<RoyaltyDue> dues = fiscal.duesOf(licence);
            for (Finding f : arrears.judge(dues, fiscal.royaltyReceiptsOf(licence), e.getValue(), zone(licence), registered.map(Licence::holder))) {
                OffsetDateTime at = dues.stream().filter(d -> d.assessment().equals(f.figures().get("assessment"))).findFirst()
                        .map(RoyaltyDue::eventAt).orElse(now);
                raised += raise(f, registered.map(Licence::province), at, now) ? 1 : 0;
            }
            jdbc.sql("update oversight_royalty_watch set judged = true where assessment in (:ids)").param("ids", e.getValue()).update();
        }
        return raised;
    }

    private int judgeDifferences(OffsetDateTime now) {
        ZoneId zone = registry.provinces().zone();
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        int raised = 0;
        Optional<Instant> pending = Optional.empty();
        for (LocalDate day : List.of(today.minusYears(1), today)) {
            for (RevenueDifference d : fiscal.materialDifferences(day)) {
                Instant settles = mismatch.settlesAt(d);
                if (now.toInstant().isBefore(settles) && pending.filter(p -> p.isBefore(settles)).isEmpty()) {
                    pending = Optional.of(settles);
                }
                Optional<Finding> f = mismatch.check(d, today, now.toInstant());
                if (f.isPresent() && raise(f.get(), registry.licence(d.licence()).map(Licence::province),
                        d.lastRecordedOn().atStartOfDay(zone).toOffsetDateTime(), now)) {
                    raised++;
                }
            }
        }
        differencesPending = pending;
        return raised;
    }

    private boolean raise(Finding f, Optional<ProvinceCode> province, OffsetDateTime eventAt, OffsetDateTime now) {
        // 0: a fiscal finding is of no one event of the custody stream.
        return alerts.raise(new Alerts.Raised(f, province, 0, eventAt, now, now.plus(settings.sla(f.severity())), folding.key(f)));
    }

    private ZoneId zone(LicenceNumber licence) {
        return registry.licence(licence).map(l -> registry.provinces().zone(l.province())).orElse(registry.provinces().zone());
    }

    @Override
    protected void work() throws InterruptedException {
        while (isRunning()) {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.error("The fiscal rules' sweep failed; it runs again at the next one", e);
            }
            pause(rules.sweep());
        }
    }
}
