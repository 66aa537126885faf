package org.mizan.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.mizan.contracts.Contracts;
import org.mizan.contracts.MilestoneState;
import org.mizan.kernel.SwitchableWorker;
import org.mizan.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The contract rules, on the calendar's schedule: a milestone becomes overdue when its day ends, not when an
 * event arrives, so each sweep judges every milestone's standing as the register computes it, once nothing has been
 * entered on it for {@code mizan.oversight.contracts.recording-quiet} (ten minutes). A finding's cause names its
 * milestone, so it is raised once however often the sweep runs.
 */
@Component
class ContractWatch extends SwitchableWorker {

    private static final Logger log = LoggerFactory.getLogger(ContractWatch.class);

    private final Contracts contracts;
    private final Alerts alerts;
    private final Registry registry;
    private final Clock clock;
    private final OversightSettings settings;
    private final Duration every;
    private final Duration quiet;

    ContractWatch(Contracts contracts, Alerts alerts, Registry registry, Clock clock, OversightSettings settings,
            @Value("${mizan.oversight.contracts.sweep:PT1M}") Duration every,
            @Value("${mizan.oversight.contracts.recording-quiet:PT10M}") Duration quiet, @Value("${mizan.oversight.evaluate:true}") boolean enabled) {
        super("mizan-contract-watch", Duration.ofSeconds(30), enabled);
        this.contracts = contracts;
        this.alerts = alerts;
        this.registry = registry;
        this.clock = clock;
        this.settings = settings;
        if (every.isNegative() || every.isZero() || quiet.isNegative()) {
            throw new IllegalArgumentException("mizan.oversight.contracts.sweep must be positive and recording-quiet not negative");
        }
        this.every = every;
        this.quiet = quiet;
    }

    /** One sweep; returns how many findings it raised (none raised before). */
    int sweep() {
        return sweep(quiet);
    }

    /** A sweep that waits {@code quiet} after an obligation's last entry, in place of the configured period. */
    int sweep(Duration quiet) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ObligationPolicy policy = new ObligationPolicy(quiet);
        int raised = 0;
        for (MilestoneState m : contracts.milestones()) {
            Optional<Finding> finding = policy.judge(m, now.toInstant());
            if (finding.isPresent()) {
                // It became overdue when its due day ended in the province's calendar (the nation's, for a commitment).
                OffsetDateTime overdueSince = m.due().plusDays(1).atStartOfDay(m.province().map(registry.provinces()::zone)
                        .orElse(registry.provinces().zone())).toOffsetDateTime();
                Finding f = finding.get();
                raised += alerts.raise(new Alerts.Raised(f, m.province(), 0, overdueSince, now, now.plus(settings.sla(f.severity())),
                        Optional.empty())) ? 1 : 0;
            }
        }
        return raised;
    }

    @Override
    protected void work() throws InterruptedException {
        while (isRunning()) {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.error("The contract rules' sweep failed; it runs again at the next one", e);
            }
            pause(every);
        }
    }
}
