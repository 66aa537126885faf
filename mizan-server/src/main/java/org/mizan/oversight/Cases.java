package org.mizan.oversight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.mizan.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case workflow's write side: only a regulator of the alert's province moves a case, and every move is logged. */
@Service
class Cases {

    private final Alerts alerts;
    private final CaseLog log;
    private final Registry registry;
    private final Clock clock;

    Cases(Alerts alerts, CaseLog log, Registry registry, Clock clock) {
        this.alerts = alerts;
        this.log = log;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    Alert transition(Actor actor, String id, AlertStatus to, Optional<CaseFinding> finding, Optional<String> note) {
        if (!actor.is(Role.REGULATOR)) {
            throw Rejection.forbidden("forbidden", "Only regulators move cases");
        }
        Optional<ProvinceCode> jurisdiction = jurisdiction(actor);
        Alert alert = alerts.lock(id).orElseThrow(() -> Rejection.notFound("unknown-alert", "No alert " + id));
        if (jurisdiction.isEmpty() || !alert.province().equals(jurisdiction)) {
            throw Rejection.forbidden("forbidden", "Only a regulator of " + alert.province().map(ProvinceCode::value).orElse("the alert's province")
                    + " moves this case");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String transitionId = id + "-T" + (log.count(id) + 1);
        AlertTransitioned t = alert.transition(to, finding, note, actor.party().value(), now, transitionId);
        Alert moved = alert.after(t);
        alerts.save(moved);
        log.append(t);
        return moved;
    }

    Optional<ProvinceCode> jurisdiction(Actor actor) {
        return registry.party(actor.party()).flatMap(p -> p.jurisdiction());
    }
}
