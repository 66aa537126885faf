package org.mizan.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of who reports custody events for whom, and the registry's answer to custody's question. */
@Service
public class DelegationRegister {

    /** A grant as the register answers it: {@code created} is false when the same grant was already in force. */
    public record Granted(Delegation delegation, boolean created) {
    }

    private final Parties parties;
    private final Delegations delegations;
    private final DelegationPolicy policy = new DelegationPolicy();
    private final Clock clock;

    DelegationRegister(Parties parties, Delegations delegations, Clock clock) {
        this.parties = parties;
        this.delegations = delegations;
        this.clock = clock;
    }

    /**
     * Grants the hub the right to report the principal's events. Granting again while a grant is in force
     * changes nothing and answers the standing grant: a hub's onboarding can be re-run.
     */
    @Transactional
    public Granted grant(Actor actor, PartyId principal, PartyId hub) {
        requirePrincipal(principal);
        policy.mayChange(actor, principal);
        if (!parties.exists(hub)) {
            throw Rejection.invalid("unknown-party", "No party " + hub + " is registered to report for " + principal).with("field", "hub");
        }
        if (principal.equals(hub)) {
            throw Rejection.invalid("self-delegation", "A party reports its own events without a delegation: " + principal)
                    .with("field", "hub");
        }
        boolean standing = delegations.active(principal, hub).isPresent();
        return new Granted(delegations.grant(principal, hub, actor.party(), now()), !standing);
    }

    /** Ends the hub's right to report for the principal from now on; events it reported before stay as they are. */
    @Transactional
    public Delegation revoke(Actor actor, PartyId principal, PartyId hub) {
        requirePrincipal(principal);
        policy.mayChange(actor, principal);
        return delegations.revoke(principal, hub, actor.party(), now()).orElseThrow(() -> Rejection.notFound("unknown-delegation",
                "No delegation from " + principal + " to " + Rejection.quote(hub.value()) + " is in force"));
    }

    /** The principal's grants, in force or ended, that the actor may see. */
    public List<Delegation> ofPrincipal(Actor actor, PartyId principal) {
        requirePrincipal(principal);
        List<Delegation> all = delegations.ofPrincipal(principal);
        if (policy.readsAll(actor, principal)) {
            return all;
        }
        List<Delegation> own = all.stream().filter(d -> policy.readsOwn(actor, d)).toList();
        if (own.isEmpty()) {
            throw Rejection.forbidden("forbidden", "The delegations of " + principal + " are read by it, by the hubs it names, "
                    + "by regulators, auditors and administrators");
        }
        return own;
    }

    /** Whether the hub holds a grant from the principal in force at that instant. */
    public boolean reportsFor(PartyId hub, PartyId principal, Instant at) {
        return delegations.active(principal, hub).filter(d -> d.inForceAt(at)).isPresent();
    }

    private void requirePrincipal(PartyId principal) {
        if (!parties.exists(principal)) {
            throw Rejection.notFound("unknown-party", "No party " + Rejection.quote(principal.value()) + " is registered");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
