package org.mizan.registry;

import java.net.URI;
import java.util.List;

import org.mizan.kernel.PartyId;
import org.mizan.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DelegationController {

    record DelegationRequest(String hub) {

        DelegationRequest {
            RequiredFields.check("hub", hub);
        }
    }

    record DelegationView(String principal, String hub, String grantedBy, String grantedAt, String revokedBy, String revokedAt,
            boolean active) {

        static DelegationView of(Delegation d) {
            return new DelegationView(d.principal().value(), d.hub().value(), d.grantedBy().value(), d.grantedAt().toString(),
                    d.revocation().map(r -> r.revokedBy().value()).orElse(null),
                    d.revocation().map(r -> r.revokedAt().toString()).orElse(null), d.revocation().isEmpty());
        }
    }

    private final DelegationRegister register;
    private final CurrentActor actor;

    DelegationController(DelegationRegister register, CurrentActor actor) {
        this.register = register;
        this.actor = actor;
    }

    /** 201 with the new grant, or 200 with the one already in force. */
    @PostMapping("/api/v1/parties/{principal}/delegations")
    ResponseEntity<DelegationView> grant(@PathVariable String principal, @RequestBody DelegationRequest request) {
        DelegationRegister.Granted granted = register.grant(actor.require(), new PartyId(principal), new PartyId(request.hub()));
        DelegationView view = DelegationView.of(granted.delegation());
        if (!granted.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/parties/" + view.principal() + "/delegations/" + view.hub())).body(view);
    }

    @DeleteMapping("/api/v1/parties/{principal}/delegations/{hub}")
    ResponseEntity<Void> revoke(@PathVariable String principal, @PathVariable String hub) {
        register.revoke(actor.require(), new PartyId(principal), new PartyId(hub));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/parties/{principal}/delegations")
    List<DelegationView> list(@PathVariable String principal) {
        return register.ofPrincipal(actor.require(), new PartyId(principal)).stream().map(DelegationView::of).toList();
    }
}
