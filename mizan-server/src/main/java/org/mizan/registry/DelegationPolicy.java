package org.mizan.registry;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.mizan.security.Role;

/**
 * Who may grant, revoke and read a principal's delegations. Letting another party speak for it is the
 * principal's own decision, so only its own keys (or an administrator's) make or end one. The register is read
 * by the principal, by those who oversee custody, and by a hub for the grants that name it: a hub learns what it
 * may report, not whom else the principal trusts.
 */
final class DelegationPolicy {

    void mayChange(Actor actor, PartyId principal) {
        if (actor.is(Role.ADMIN) || (actor.party().equals(principal) && !actor.is(Role.AUDITOR))) {
            return;
        }
        throw Rejection.forbidden("forbidden", "Only " + principal + " itself (or an administrator) grants or revokes the right to "
                + "report its events");
    }

    boolean readsAll(Actor actor, PartyId principal) {
        return actor.is(Role.ADMIN) || actor.is(Role.AUDITOR) || actor.is(Role.REGULATOR) || actor.party().equals(principal);
    }

    boolean readsOwn(Actor actor, Delegation delegation) {
        return delegation.hub().equals(actor.party());
    }
}
