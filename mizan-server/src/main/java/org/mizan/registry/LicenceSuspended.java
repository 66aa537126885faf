package org.mizan.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

/** A licence in force is suspended from a day: its holder may not extract until it is reinstated. */
public record LicenceSuspended(LicenceNumber licence, LocalDate effectiveFrom, PartyId decidedBy, Optional<String> reason,
        Instant recordedAt) implements LicenceStatusChange {

    public LicenceSuspended {
        if (licence == null || effectiveFrom == null || decidedBy == null || reason == null || recordedAt == null) {
            throw Rejection.invalid("missing-field", "A suspension needs licence, effectiveFrom, decidedBy and recordedAt");
        }
        reason = reason.map(r -> Text.required(r, "reason", 2000));
    }

    @Override
    public String kind() {
        return "suspension";
    }

    @Override
    public LicenceStatus status() {
        return LicenceStatus.SUSPENDED;
    }

    @Override
    public boolean mayFollow(LicenceStatus before) {
        return before == LicenceStatus.ACTIVE;
    }
}
