package org.mizan.custody;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.mizan.kernel.Mass;

/**
 * The permit a lot travels under. Its window and payload are not enforced at dispatch: moving
 * outside them is a red flag for oversight, and rejecting would only keep the trip off the books.
 * {@code singleUse}, when stated, says whether the permit covers one trip only (as e-permit regimes
 * issue transit passes); left out of the stored facts when not stated, so permits recorded without it
 * read and hash as before.
 */
public record TransitPermit(
        String number, String vehicle, String vehicleClass, Mass maxPayload,
        OffsetDateTime validFrom, OffsetDateTime validUntil,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Boolean> singleUse) {

    public TransitPermit {
        requireText(number, "permit number");
        requireText(vehicle, "vehicle");
        requireText(vehicleClass, "vehicle class");
        Objects.requireNonNull(maxPayload, "max payload");
        Objects.requireNonNull(validFrom, "valid from");
        Objects.requireNonNull(validUntil, "valid until");
        Objects.requireNonNull(singleUse, "single use");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("permit " + number + " ends before it starts");
        }
    }

    /** A permit that does not say whether it covers one trip or several. */
    public TransitPermit(String number, String vehicle, String vehicleClass, Mass maxPayload,
            OffsetDateTime validFrom, OffsetDateTime validUntil) {
        this(number, vehicle, vehicleClass, maxPayload, validFrom, validUntil, Optional.empty());
    }

    /** True if the instant lies within the permit's validity, both ends included. */
    public boolean isValidAt(OffsetDateTime time) {
        return !time.isBefore(validFrom) && !time.isAfter(validUntil);
    }

    /** True only if the permit states it covers a single trip; one that does not say is not taken to. */
    public boolean forOneTrip() {
        return singleUse.orElse(false);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException(what + " must be 1..128 characters, not blank");
        }
    }
}
