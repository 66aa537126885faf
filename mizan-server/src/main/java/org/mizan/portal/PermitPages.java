package org.mizan.portal;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.mizan.custody.CommittedDispatch;
import org.mizan.custody.Custody;
import org.mizan.custody.DispatchFacts;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.TransitPermit;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;
import org.mizan.registry.Registry;
import org.mizan.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A dispatch is a transit permit. Its printable page (for a signed-in party that may read the dispatch) carries a
 * QR code of its check page; the check page is public and made for a phone at a roadside checkpoint: it says
 * plainly whether the permit is genuine (recorded, and proven an entry of the transparency log), shows what the
 * truck should carry and where, and whether the permit's window is open now. A QR code that leads nowhere, or
 * anywhere changed, gets a plain "not a genuine permit" page (404).
 */
@Controller
class PermitPages {

    /** What a permit page shows of a dispatch, with parties and sites by name. */
    record Permit(String eventId, String number, String lot, String splitFrom, String massKg, String vehicle, String vehicleClass,
            String maxPayloadKg, PassportView.Named from, String fromProvince, PassportView.Named to, String toProvince,
            Instant validFrom, Instant validUntil, Boolean singleUse, Instant dispatchedAt, PassportView.Named actor) {
    }

    private final Custody custody;
    private final PermitCheck checks;
    private final Registry registry;
    private final CurrentActor current;

    PermitPages(Custody custody, PermitCheck checks, Registry registry, CurrentActor current) {
        this.custody = custody;
        this.checks = checks;
        this.registry = registry;
        this.current = current;
    }

    /** The check page a permit's QR code opens: public, phone first. */
    @GetMapping("/permits/check")
    String check(@RequestParam(name = "e", defaultValue = "") String eventId, @RequestParam(name = "c", defaultValue = "") String code,
            Model model, HttpServletResponse response) {
        Optional<PermitCheck.Result> result = checks.check(eventId, code);
        if (result.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "portal/permit-refused";
        }
        if (result.get().verdict() == PermitCheck.Verdict.NOT_PROVEN) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("result", result.get());
        model.addAttribute("permit", permit(result.get().dispatch()));
        return "portal/permit-check";
    }

    /** The form on the account page names a dispatch by its event id. */
    @GetMapping("/permits")
    String find(@RequestParam(name = "event", defaultValue = "") String eventId) {
        return eventId.isBlank() ? "redirect:/account" : "redirect:" + ServletUriComponentsBuilder.fromPath("/permits/{id}")
                .buildAndExpand(eventId.strip()).encode().toUriString();
    }

    /** The printable permit, for whoever may read the dispatch; to anyone else there is no such permit. */
    @GetMapping("/permits/{eventId}")
    String printable(@PathVariable String eventId, Model model, HttpServletResponse response) {
        Optional<CommittedDispatch> dispatch = custody.dispatch(eventId)
                .filter(d -> current.find().filter(actor -> custody.mayRead(actor, d)).isPresent());
        if (dispatch.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("eventId", eventId);
            model.addAttribute("signedIn", current.find().isPresent());
            return "portal/permit-missing";
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/permits/check")
                .queryParam("e", "{e}").queryParam("c", "{c}").encode()
                .buildAndExpand(dispatch.get().event().eventId().value(), PermitCheck.code(dispatch.get())).toUriString();
        model.addAttribute("permit", permit(dispatch.get()));
        model.addAttribute("result", checks.check(dispatch.get()));
        model.addAttribute("checkUrl", url);
        model.addAttribute("qr", QrCodes.of(url));
        return "portal/permit";
    }

    private Permit permit(CommittedDispatch dispatch) {
        LotDispatched event = dispatch.event();
        DispatchFacts facts = dispatch.facts();
        TransitPermit permit = event.permit();
        return new Permit(event.eventId().value(), permit.number(), facts.lot().value(), facts.splitFrom().map(l -> l.value()).orElse(null),
                facts.mass().toKilogramsString(), permit.vehicle(), permit.vehicleClass(), permit.maxPayload().toKilogramsString(),
                site(event.from()), province(event.from()), site(event.to()), province(event.to()), permit.validFrom().toInstant(),
                permit.validUntil().toInstant(), permit.singleUse().orElse(null), event.time().toInstant(), party(event.actor()));
    }

    private PassportView.Named site(SiteId id) {
        return new PassportView.Named(id.value(), registry.site(id).map(s -> s.name()).orElse(id.value()));
    }

    private String province(SiteId id) {
        return registry.site(id).flatMap(s -> s.province()).map(p -> p.value()).orElse(null);
    }

    private PassportView.Named party(PartyId id) {
        try {
            return new PassportView.Named(id.value(), registry.party(id).map(p -> p.name()).orElse(id.value()));
        } catch (Rejection unknown) {
            return new PassportView.Named(id.value(), id.value());
        }
    }
}
