package org.mizan.registry;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PartyController {

    record PartyRequest(String id, String name, String kind, String country, String jurisdiction) {

        PartyRequest {
            RequiredFields.check("id", id, "name", name, "kind", kind, "country", country);
        }

        Party toParty() {
            return new Party(new PartyId(id), name, PartyKind.of(kind), country,
                    Optional.ofNullable(jurisdiction).map(ProvinceCode::new));
        }
    }

    record PartyView(String id, String name, String kind, String country, String jurisdiction) {

        static PartyView of(Party p) {
            return new PartyView(p.id().value(), p.name(), p.kind().code(), p.country(),
                    p.jurisdiction().map(ProvinceCode::value).orElse(null));
        }
    }

    private final Registry registry;
    private final CurrentActor actor;

    PartyController(Registry registry, CurrentActor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping("/api/v1/parties")
    List<PartyView> all() {
        return registry.parties().stream().map(PartyView::of).toList();
    }

    @GetMapping("/api/v1/parties/{id}")
    PartyView one(@PathVariable String id) {
        return registry.party(new PartyId(id)).map(PartyView::of)
                .orElseThrow(() -> Rejection.notFound("unknown-party", "No party " + Rejection.quote(id) + " is registered"));
    }

    @PostMapping("/api/v1/parties")
    ResponseEntity<PartyView> register(@RequestBody PartyRequest request) {
        Party party = registry.registerParty(actor.require(), request.toParty());
        return ResponseEntity.created(URI.create("/api/v1/parties/" + party.id())).body(PartyView.of(party));
    }
}
