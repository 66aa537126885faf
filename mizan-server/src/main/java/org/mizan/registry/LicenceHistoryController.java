package org.mizan.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Rejection;
import org.mizan.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** A licence's dated status history: public to read, changed by the regulator of its province. */
@RestController
class LicenceHistoryController {

    record StatusRequest(String status, LocalDate effectiveFrom, String reason) {

        StatusRequest {
            RequiredFields.check("status", status, "effectiveFrom", effectiveFrom, "reason", reason);
        }

        LicenceOffice.Decision toDecision() {
            return new LicenceOffice.Decision(LicenceStatus.of(status), effectiveFrom, Optional.of(reason));
        }
    }

    record EntryView(String change, String status, LocalDate effectiveFrom, String decidedBy, String reason, Instant recordedAt) {

        static EntryView of(LicenceStatusChange c) {
            return new EntryView(c.kind(), c.status().code(), c.effectiveFrom(), c.decidedBy().value(), c.reason().orElse(null),
                    c.recordedAt());
        }
    }

    record HistoryView(String number, String province, String timeZone, LocalDate granted, LocalDate expires, String status,
            List<EntryView> history) {

        static HistoryView of(Licence l, Provinces provinces, LocalDate today) {
            List<EntryView> entries = new ArrayList<>();
            entries.add(new EntryView("grant", LicenceStatus.ACTIVE.code(), l.granted(), null, null, null));
            l.history().changes().forEach(c -> entries.add(EntryView.of(c)));
            return new HistoryView(l.number().value(), l.province().value(), provinces.zone(l.province()).getId(), l.granted(),
                    l.expires(), l.statusOn(today).code(), entries);
        }
    }

    private final LicenceOffice office;
    private final Registry registry;
    private final CurrentActor actor;

    LicenceHistoryController(LicenceOffice office, Registry registry, CurrentActor actor) {
        this.office = office;
        this.registry = registry;
        this.actor = actor;
    }

    @Operation(summary = "A licence's status history", description = "Public. The grant and every dated decision in the order "
            + "they take effect; dates are days of the province's calendar, named by timeZone.")
    @GetMapping("/api/v1/licences/{number}/history")
    HistoryView history(@PathVariable String number) {
        return registry.licence(new LicenceNumber(number)).map(this::view)
                .orElseThrow(() -> Rejection.notFound("unknown-licence", "No licence " + Rejection.quote(number) + " is registered"));
    }

    @Operation(summary = "Record a dated status decision", description = "The regulator of the licence's province only. status is "
            + "suspended, active (a reinstatement) or revoked; effectiveFrom a day, possibly past, not before the latest decision; "
            + "reason required. Answers the history.")
    @PostMapping("/api/v1/licences/{number}/status")
    HistoryView decide(@PathVariable String number, @RequestBody StatusRequest request) {
        return view(office.decide(actor.require(), new LicenceNumber(number), request.toDecision()));
    }

    private HistoryView view(Licence licence) {
        return HistoryView.of(licence, registry.provinces(), office.today(licence.province()));
    }
}
