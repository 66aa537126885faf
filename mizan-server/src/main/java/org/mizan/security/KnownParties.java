package org.mizan.security;

import org.mizan.kernel.PartyId;

/**
 * What security needs to know of parties without depending on the registry: the registry
 * implements it, so keys can only be issued to parties that exist.
 */
public interface KnownParties {

    boolean exists(PartyId party);
}
