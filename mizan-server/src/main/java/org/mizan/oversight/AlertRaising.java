package org.mizan.oversight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.mizan.custody.stream.StreamEvaluation;
import org.mizan.kernel.ProvinceCode;
import org.mizan.custody.CommittedEvent;
import org.mizan.kernel.SiteId;
import org.springframework.stereotype.Component;

/** Oversight's step over the committed stream: runs the rules on one event and raises the alerts they find. */
@Component
class AlertRaising implements StreamEvaluation.Step {

    private final RuleBook rules;
    private final Alerts alerts;
    private final RegistryLookups registry;
    private final Clock clock;
    private final OversightSettings settings;
    private final AlertFolding folding = new AlertFolding();

    AlertRaising(RuleBook rules, Alerts alerts, RegistryLookups registry, Clock clock, OversightSettings settings) {
        this.rules = rules;
        this.alerts = alerts;
        this.registry = registry;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void beginBatch() {
        registry.clear();
    }

    @Override
    public void evaluate(CommittedEvent event) {
        raise(event, rules.evaluate(event));
    }

    /**
     * Judges the extractions a backdated licence decision reaches by the licence rule again; returns the findings
     * raised (one already raised for an extraction is not raised again). The registry is read afresh.
     */
    int rejudgeLicence(java.util.List<CommittedEvent> extractions) {
        registry.clear();
        int raised = 0;
        for (CommittedEvent event : extractions) {
            java.util.List<Finding> found = rules.rejudgeLicence(event).map(java.util.List::of).orElse(java.util.List.of());
            raised += raise(event, found);
        }
        return raised;
    }

    private int raise(CommittedEvent event, java.util.List<Finding> findings) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int raised = 0;
        for (Finding f : findings) {
            raised += alerts.raise(new Alerts.Raised(f, province(f), event.seq(), event.event().time(), now,
                    now.plus(settings.sla(f.severity())), folding.key(f))) ? 1 : 0;
        }
        return raised;
    }

    private Optional<ProvinceCode> province(Finding f) {
        return f.subject().sites().stream().findFirst().flatMap(registry::site).flatMap(s -> s.province());
    }
}
