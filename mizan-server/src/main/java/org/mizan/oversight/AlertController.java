package org.mizan.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts, scoped to who asks, and the case transitions regulators make. */
@RestController
class AlertController {

    static final int MAX_PAGE = 1000;

    record TransitionRequest(String to, String finding, String note) {
    }

    private final Alerts alerts;
    private final Cases cases;
    private final Evaluator evaluator;
    private final FiscalWatch fiscal;
    private final CurrentActor currentActor;
    private final Ledger ledger;
    private final Clock clock;

    AlertController(Alerts alerts, Cases cases, Evaluator evaluator, FiscalWatch fiscal, CurrentActor currentActor, Ledger ledger,
            Clock clock) {
        this.alerts = alerts;
        this.fiscal = fiscal;
        this.evaluator = evaluator;
        this.cases = cases;
        this.currentActor = currentActor;
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/api/v1/alerts")
    Map<String, Object> list(@RequestParam Optional<String> rule, @RequestParam Optional<String> status,
            @RequestParam Optional<String> province, @RequestParam Optional<String> since, @RequestParam Optional<String> after,
            @RequestParam Optional<Integer> limit, @RequestParam Optional<String> order) {
        Actor actor = currentActor.require();
        rule.ifPresent(AlertController::requireRule);
        status.ifPresent(AlertStatus::of);
        int size = limit.orElse(100);
        if (size < 1 || size > MAX_PAGE) {
            throw Rejection.invalid("invalid-limit", "limit must be between 1 and " + MAX_PAGE);
        }
        Alerts.Order sort = order.map(AlertController::order).orElse(Alerts.Order.ID);
        // Royalties fall due with the clock, not with an event: a list shows every one judged by now.
        fiscal.catchUp(Duration.ofSeconds(2));
        if (sort == Alerts.Order.RISK && after.isPresent()) {
            throw Rejection.invalid("invalid-order", "order=risk gives the riskiest alerts first and does not page; drop after");
        }
        List<Alert> page = alerts.search(new Alerts.Query(AlertScope.of(actor, cases.jurisdiction(actor)), rule, status,
                province.map(ProvinceCode::new), since.map(AlertController::time), after, size, sort));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("alerts", page.stream().map(this::view).toList());
        if (page.size() == size && sort == Alerts.Order.ID) {
            out.put("next", page.get(page.size() - 1).id());
        }
        return out;
    }

    /**
     * How far evaluation has come: tools wait for {@code caughtUp} before comparing alerts with what they
     * posted; {@code setAside} counts the records it could not evaluate (listed for operators under
     * {@code /api/v1/oversight/set-aside}).
     */
    @GetMapping("/api/v1/oversight/progress")
    Map<String, Object> progress() {
        currentActor.require();
        return Map.of("evaluatedSeq", evaluator.cursor(), "caughtUp", evaluator.caughtUp(), "setAside", evaluator.setAsideCount());
    }

    @GetMapping("/api/v1/alerts/{id}")
    Map<String, Object> one(@PathVariable String id) {
        Actor actor = currentActor.require();
        Optional<ProvinceCode> jurisdiction = cases.jurisdiction(actor);
        return alerts.find(id).filter(a -> AlertScope.of(actor, jurisdiction).admits(a, actor, jurisdiction)).map(this::view)
                .orElseThrow(() -> Rejection.notFound("unknown-alert", "No alert " + id));
    }

    /** Every occurrence of a folded alert (the alert itself keeps only its first events), paged by number. */
    @GetMapping("/api/v1/alerts/{id}/occurrences")
    Map<String, Object> occurrences(@PathVariable String id, @RequestParam Optional<Long> after, @RequestParam Optional<Integer> limit) {
        one(id);
        int size = limit.orElse(1000);
        if (size < 1 || size > 10_000 || after.orElse(0L) < 0) {
            throw Rejection.invalid("invalid-limit", "limit must be between 1 and 10000 and after at least 0");
        }
        List<Alerts.Occurrence> page = alerts.occurrences(id, after.orElse(0L), size);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("occurrences", page.stream().map(o -> Map.of("number", o.number(), "eventIds", o.eventIds(), "at", o.at().toString()))
                .toList());
        if (page.size() == size) {
            out.put("next", page.get(page.size() - 1).number());
        }
        return out;
    }

    @PostMapping("/api/v1/alerts/{id}/transitions")
    Map<String, Object> transition(@PathVariable String id, @RequestBody TransitionRequest request) {
        Actor actor = currentActor.require();
        if (request.to() == null) {
            throw Rejection.invalid("missing-field", "A transition needs to: acknowledged, escalated or resolved");
        }
        Optional<String> note = Optional.ofNullable(request.note()).filter(n -> !n.isBlank());
        Alert moved = cases.transition(actor, id, AlertStatus.of(request.to()), Optional.ofNullable(request.finding()).map(CaseFinding::of), note);
        ledger.nudge();
        return view(moved);
    }

    private Map<String, Object> view(Alert a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("rule", a.rule().name());
        out.put("severity", a.severity().code());
        out.put("status", a.status().code());
        a.finding().ifPresent(f -> out.put("finding", f.code()));
        out.put("province", a.province().orElse(null));
        out.put("subject", Map.of("lots", a.subject().lots(), "sites", a.subject().sites(), "licences", a.subject().licences(),
                "parties", a.subject().parties()));
        out.put("evidence", Map.of("eventIds", a.eventIds(), "figures", a.figures()));
        out.put("occurrences", a.recurrence().occurrences());
        out.put("period", Map.of("from", a.recurrence().firstAt().toString(), "to", a.recurrence().lastAt().toString()));
        out.put("score", a.score());
        out.put("explanation", a.explanation());
        out.put("raisedAt", a.raisedAt().toString());
        out.put("dueAt", a.dueAt().toString());
        out.put("overdue", a.overdue(OffsetDateTime.now(clock)));
        out.put("updatedAt", a.updatedAt().toString());
        return out;
    }

    private static void requireRule(String rule) {
        try {
            RuleCode.valueOf(rule);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("unknown-rule", "Unknown rule " + Rejection.quote(rule) + "; known: " + List.of(RuleCode.values()));
        }
    }

    private static Alerts.Order order(String value) {
        switch (value) {
            case "id":
                return Alerts.Order.ID;
            case "risk":
                return Alerts.Order.RISK;
            default:
                throw Rejection.invalid("invalid-order", "order is id (the default, pages with after) or risk, got " + Rejection.quote(value));
        }
    }

    private static OffsetDateTime time(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("invalid-time", "since must be an RFC 3339 time with offset, e.g. 2025-10-01T00:00:00Z");
        }
    }
}
