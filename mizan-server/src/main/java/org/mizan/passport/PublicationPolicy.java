package org.mizan.passport;

import java.util.Optional;

import org.mizan.custody.ConsignmentChain;
import org.mizan.security.Actor;
import org.mizan.security.Role;

/**
 * Who may publish a passport: the exporter of the consignment, or a regulator whose jurisdiction the
 * chain passed through. Publishing makes the whole chain public, so nobody else decides it.
 */
final class PublicationPolicy {

    private PublicationPolicy() {
    }

    /** Empty if the actor may publish, else why not. */
    static Optional<String> refusal(Actor actor, ConsignmentChain chain, boolean actorReadsChain) {
        boolean exporter = actor.party().value().equals(chain.head().exporter());
        boolean regulator = actor.is(Role.REGULATOR) && actorReadsChain;
        if (exporter || regulator) {
            return Optional.empty();
        }
        return Optional.of("Only the exporter " + chain.head().exporter() + " or a regulator of the chain may publish the passport of "
                + chain.head().id());
    }
}
