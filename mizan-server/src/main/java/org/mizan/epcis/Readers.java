package org.mizan.epcis;

import org.mizan.security.Actor;
import org.mizan.security.Role;

/**
 * Who reads which EPCIS events: a capturing party reads the events it captured; regulators, auditors
 * and administrators read all of them. Every EPCIS read needs an API key.
 */
final class Readers {

    private Readers() {
    }

    /** The party whose events the actor may read, or null when the actor may read every party's. */
    static String visibleParty(Actor actor) {
        return actor.is(Role.REGULATOR) || actor.is(Role.AUDITOR) || actor.is(Role.ADMIN) ? null : actor.party().value();
    }
}
