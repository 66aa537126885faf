package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.mizan.kernel.Mass;

/**
 * The permit a lot travels under. Its window and payload are not enforced at dispatch: moving
 * outside them is a red flag for oversight, and rejecting would only keep the trip off the books.
 */
public record TransitPermit(
        String number, String vehicle, String vehicleClass, Mass maxPayload,
        OffsetDateTime validFrom, OffsetDateTime validUntil) {

    public TransitPermit {
        requireText(number, "permit number");
        requireText(vehicle, "vehicle");
        requireText(vehicleClass, "vehicle class");
        Objects.requireNonNull(maxPayload, "max payload");
        Objects.requireNonNull(validFrom, "valid from");
        Objects.requireNonNull(validUntil, "valid until");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("permit " + number + " ends before it starts");
        }
    }

    /** True if the instant lies within the permit's validity, both ends included. */
    public boolean isValidAt(OffsetDateTime time) {
        return !time.isBefore(validFrom) && !time.isAfter(validUntil);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException(what + " must be 1..128 characters, not blank");
        }
    }
}
