package org.mizan.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import org.mizan.kernel.PartyId;

/**
 * A principal's grant to a hub (an aggregator, an EPCIS hub) of the right to report the principal's custody
 * events; in force from {@code grantedAt} until it is revoked.
 */
public record Delegation(PartyId principal, PartyId hub, PartyId grantedBy, OffsetDateTime grantedAt,
        Optional<Revocation> revocation) {

    /** When a grant ended, and on whose key. */
    public record Revocation(PartyId revokedBy, OffsetDateTime revokedAt) {

        public Revocation {
            Objects.requireNonNull(revokedBy, "revokedBy");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }
    }

    public Delegation {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(revocation, "revocation");
        if (principal.equals(hub)) {
            throw new IllegalArgumentException("A party reports its own events without a delegation: " + principal);
        }
        if (revocation.isPresent() && revocation.get().revokedAt().isBefore(grantedAt)) {
            throw new IllegalArgumentException("A delegation cannot end before it was granted");
        }
    }

    /** Whether the hub may report for the principal at that instant: granted by then and not yet revoked. */
    public boolean inForceAt(Instant at) {
        return !grantedAt.toInstant().isAfter(at) && revocation.map(r -> r.revokedAt().toInstant().isAfter(at)).orElse(true);
    }
}
