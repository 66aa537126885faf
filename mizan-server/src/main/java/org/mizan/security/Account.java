package org.mizan.security;

import java.time.Instant;
import java.util.Optional;

import org.mizan.kernel.PartyId;

/**
 * A person who may sign in, on behalf of one party in one role. An invited account has no password
 * yet; a locked one refuses every password until {@code lockedUntil}.
 */
public record Account(Username username, PartyId party, Role role, boolean active, Optional<Instant> lockedUntil) {

    public Actor actor() {
        return new Actor(party, role);
    }
}
