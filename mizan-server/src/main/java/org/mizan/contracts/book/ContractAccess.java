package org.mizan.contracts.book;

import java.util.List;
import java.util.Optional;

import org.mizan.contracts.Contract;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Licence;
import org.mizan.registry.Party;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.mizan.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who writes the register. A contract over licences is registered and amended by the regulator of every
 * licence's province or an administrator; one over no licence (a national MoU) and commitments by an
 * administrator or any regulator. Evidence of an obligation comes from those or from a company party to the contract.
 */
@Component
public class ContractAccess {

    private final Registry registry;

    ContractAccess(Registry registry) {
        this.registry = registry;
    }

    public void mayRegister(Actor actor, List<LicenceNumber> licences) {
        if (actor.is(Role.ADMIN)) {
            return;
        }
        Optional<ProvinceCode> jurisdiction = jurisdiction(actor);
        if (actor.is(Role.REGULATOR) && jurisdiction.isPresent()) {
            Optional<LicenceNumber> outside = licences.stream()
                    .filter(l -> registry.licence(l).map(Licence::province).filter(jurisdiction.get()::equals).isEmpty()).findFirst();
            if (outside.isEmpty()) {
                return;
            }
            throw Rejection.forbidden("outside-jurisdiction", "Licence " + outside.get() + " is not in " + jurisdiction.get()
                    + "; only its province's regulator or an administrator registers its contracts").with("licence", outside.get().value());
        }
        throw Rejection.forbidden("forbidden", "Contracts are registered by a regulator of their licences' province or an administrator");
    }

    public void mayRegisterCommitment(Actor actor) {
        if (!actor.is(Role.ADMIN) && !actor.is(Role.REGULATOR)) {
            throw Rejection.forbidden("forbidden", "Commitments and their evidence are recorded by a regulator or an administrator");
        }
    }

    public void mayEvidence(Actor actor, Contract contract) {
        boolean party = contract.parties().stream().anyMatch(p -> p.party().equals(actor.party()))
                && (actor.is(Role.OPERATOR) || actor.is(Role.PROCESSOR) || actor.is(Role.EXPORTER));
        if (!party) {
            mayRegister(actor, contract.licences());
        }
    }

    private Optional<ProvinceCode> jurisdiction(Actor actor) {
        return registry.party(actor.party()).flatMap(Party::jurisdiction);
    }
}
