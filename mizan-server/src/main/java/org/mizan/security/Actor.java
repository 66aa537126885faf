package org.mizan.security;

import org.mizan.kernel.PartyId;

/** The party on whose behalf a request acts, and the role its key grants. */
public record Actor(PartyId party, Role role) {

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
