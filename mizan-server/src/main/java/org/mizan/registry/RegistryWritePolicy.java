package org.mizan.registry;

import java.util.Optional;

import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.mizan.security.Role;

/**
 * Who may change the registry. Licensing is provincial, so a regulator acts only within its own
 * province; operators register only the sites they operate.
 */
final class RegistryWritePolicy {

    private final Parties parties;

    RegistryWritePolicy(Parties parties) {
        this.parties = parties;
    }

    void mayRegisterParty(Actor actor, Party party) {
        if (actor.is(Role.ADMIN)) {
            return;
        }
        if (actor.is(Role.REGULATOR) && party.kind() != PartyKind.REGULATOR) {
            return;
        }
        throw Rejection.forbidden("forbidden", "Only an administrator registers regulators, and only regulators "
                + "or administrators register parties");
    }

    void mayAdministerLicences(Actor actor, ProvinceCode province) {
        if (actor.is(Role.ADMIN) || (actor.is(Role.REGULATOR) && jurisdiction(actor).equals(Optional.of(province)))) {
            return;
        }
        throw Rejection.forbidden("outside-jurisdiction", "Only the regulator of " + province
                + " (or an administrator) administers that province's licences").with("province", province.value());
    }

    void mayRegisterSite(Actor actor, Site site) {
        if (actor.is(Role.ADMIN)) {
            return;
        }
        if (actor.is(Role.REGULATOR) && site.province().isPresent() && jurisdiction(actor).equals(site.province())) {
            return;
        }
        boolean operating = actor.is(Role.OPERATOR) || actor.is(Role.PROCESSOR) || actor.is(Role.EXPORTER);
        if (operating && actor.party().equals(site.operator())) {
            return;
        }
        throw Rejection.forbidden("forbidden", "A site is registered by its operator, the regulator of its province or an administrator");
    }

    private Optional<ProvinceCode> jurisdiction(Actor actor) {
        return parties.find(actor.party()).flatMap(Party::jurisdiction);
    }
}
