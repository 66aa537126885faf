package org.mizan.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

/** A suspended licence is back in force from a day. */
public record LicenceReinstated(LicenceNumber licence, LocalDate effectiveFrom, PartyId decidedBy, Optional<String> reason,
        Instant recordedAt) implements LicenceStatusChange {

    public LicenceReinstated {
        if (licence == null || effectiveFrom == null || decidedBy == null || reason == null || recordedAt == null) {
            throw Rejection.invalid("missing-field", "A reinstatement needs licence, effectiveFrom, decidedBy and recordedAt");
        }
        reason = reason.map(r -> Text.required(r, "reason", 2000));
    }

    @Override
    public String kind() {
        return "reinstatement";
    }

    @Override
    public LicenceStatus status() {
        return LicenceStatus.ACTIVE;
    }

    @Override
    public boolean mayFollow(LicenceStatus before) {
        return before == LicenceStatus.SUSPENDED;
    }
}
