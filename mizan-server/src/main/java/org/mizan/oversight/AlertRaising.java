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
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        for (Finding f : rules.evaluate(event)) {
            alerts.raise(new Alerts.Raised(f, province(f), event.seq(), event.event().time(), now, now.plus(settings.sla(f.severity())),
                    folding.key(f)));
        }
    }

    private Optional<ProvinceCode> province(Finding f) {
        return f.subject().sites().stream().findFirst().flatMap(registry::site).flatMap(s -> s.province());
    }
}
