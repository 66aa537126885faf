package org.mizan.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

/** A licence is revoked from a day, for good: nothing may follow a revocation. It always gives its reason. */
public record LicenceRevoked(LicenceNumber licence, LocalDate effectiveFrom, PartyId decidedBy, Optional<String> reason,
        Instant recordedAt) implements LicenceStatusChange {

    public LicenceRevoked {
        if (licence == null || effectiveFrom == null || decidedBy == null || reason == null || recordedAt == null) {
            throw Rejection.invalid("missing-field", "A revocation needs licence, effectiveFrom, decidedBy, reason and recordedAt");
        }
        if (reason.filter(r -> !r.isBlank()).isEmpty()) {
            throw Rejection.invalid("reason-required", "Revoking a licence needs a reason");
        }
        reason = reason.map(r -> Text.required(r, "reason", 2000));
    }

    @Override
    public String kind() {
        return "revocation";
    }

    @Override
    public LicenceStatus status() {
        return LicenceStatus.REVOKED;
    }

    @Override
    public boolean mayFollow(LicenceStatus before) {
        return before == LicenceStatus.ACTIVE || before == LicenceStatus.SUSPENDED;
    }
}
