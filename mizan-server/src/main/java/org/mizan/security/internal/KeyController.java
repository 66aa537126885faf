package org.mizan.security.internal;

import java.net.URI;
import java.util.Map;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.security.ApiKeys;
import org.mizan.security.CurrentActor;
import org.mizan.security.IssuedKey;
import org.mizan.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators issue and revoke keys; a key's secret is returned once, in the response that creates it. */
@RestController
class KeyController {

    record KeyRequest(String role) {
        KeyRequest {
            if (role == null) {
                throw new Rejection(Rejection.Kind.MALFORMED, "missing-field", "Field role is required", Map.of("field", "role"));
            }
            Role.of(role);
        }
    }

    record KeyResponse(String keyId, String party, String role, String key) {
    }

    private final ApiKeys keys;
    private final CurrentActor actor;

    KeyController(ApiKeys keys, CurrentActor actor) {
        this.keys = keys;
        this.actor = actor;
    }

    @PostMapping("/api/v1/parties/{party}/keys")
    ResponseEntity<KeyResponse> issue(@PathVariable String party, @RequestBody KeyRequest request) {
        requireAdmin();
        IssuedKey key = keys.issue(new PartyId(party), Role.of(request.role()));
        return ResponseEntity.created(URI.create("/api/v1/keys/" + key.keyId()))
                .body(new KeyResponse(key.keyId(), key.party().value(), key.role().code(), key.secret()));
    }

    @DeleteMapping("/api/v1/keys/{keyId}")
    ResponseEntity<Void> revoke(@PathVariable String keyId) {
        requireAdmin();
        keys.revoke(keyId);
        return ResponseEntity.noContent().build();
    }

    private void requireAdmin() {
        if (!actor.require().is(Role.ADMIN)) {
            throw Rejection.forbidden("forbidden", "Only an administrator manages API keys");
        }
    }
}
