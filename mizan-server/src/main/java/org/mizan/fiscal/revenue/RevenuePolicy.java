package org.mizan.fiscal.revenue;

import java.util.Optional;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Licence;
import org.mizan.registry.Party;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.mizan.security.Role;

/**
 * Who may declare a payment, record a receipt and read them: a company declares for a licence it holds; a
 * treasury, a regulator of the licence's province or an administrator records what the state received; the
 * company reads its own, the state's bodies and auditors read all.
 */
final class RevenuePolicy {

    private final Registry registry;

    RevenuePolicy(Registry registry) {
        this.registry = registry;
    }

    /** The licence, if the company holds it and the actor speaks for the company. */
    Licence mayDeclare(Actor actor, PaymentDeclared p) {
        if (!actor.is(Role.ADMIN) && !actor.party().equals(p.company())) {
            throw Rejection.forbidden("not-your-company", "A key of " + actor.party() + " declares payments of "
                    + actor.party() + " only, not of " + p.company());
        }
        Licence licence = licence(p.licence());
        if (!licence.holder().equals(p.company())) {
            throw Rejection.forbidden("licence-not-held", "Licence " + licence.number() + " is held by " + licence.holder()
                    + ", not by " + p.company() + ": a company declares payments for its own projects");
        }
        return licence;
    }

    Licence mayRecord(Actor actor, ReceiptRecorded r) {
        if (!actor.is(Role.TREASURY) && !actor.is(Role.REGULATOR) && !actor.is(Role.ADMIN)) {
            throw Rejection.forbidden("not-treasury", "Receipts are recorded by a treasury, a regulator or an administrator, not by a "
                    + actor.role().code() + " key");
        }
        Licence licence = licence(r.licence());
        if (actor.is(Role.REGULATOR) && !jurisdiction(actor.party()).equals(Optional.of(licence.province()))) {
            throw Rejection.forbidden("outside-jurisdiction", "Licence " + licence.number() + " is in " + licence.province()
                    + ", outside this regulator's province");
        }
        if (!licence.holder().equals(r.company())) {
            throw Rejection.invalid("licence-not-held", "Licence " + licence.number() + " is held by " + licence.holder()
                    + ", not by " + r.company());
        }
        if (registry.party(r.government()).isEmpty()) {
            throw Rejection.invalid("unknown-party", "No government entity " + r.government() + " is registered");
        }
        return licence;
    }

    /** The company whose records the actor may read, or empty when it may read all. */
    Optional<PartyId> readScope(Actor actor) {
        if (actor.is(Role.ADMIN) || actor.is(Role.AUDITOR) || actor.is(Role.REGULATOR) || actor.is(Role.TREASURY)) {
            return Optional.empty();
        }
        return Optional.of(actor.party());
    }

    private Licence licence(org.mizan.kernel.LicenceNumber number) {
        return registry.licence(number).orElseThrow(() -> Rejection.invalid("unknown-licence", "No licence " + number + " is registered"));
    }

    private Optional<org.mizan.kernel.ProvinceCode> jurisdiction(PartyId party) {
        return registry.party(party).flatMap(Party::jurisdiction);
    }
}
