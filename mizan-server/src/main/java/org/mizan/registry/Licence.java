package org.mizan.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;

/**
 * A mineral title: who holds it, where, for which minerals and how much a year, and until when.
 * Its status changes only through {@link #suspend}, {@link #reinstate} and {@link #revoke}; expiry
 * is a matter of the calendar, not of a stored flag.
 */
public record Licence(LicenceNumber number, LicenceType type, PartyId holder, ProvinceCode province,
        List<MineralCapacity> minerals, Geometry area, LocalDate granted, LocalDate expires,
        LicenceStatus status, Optional<String> statusNote, int version) {

    public Licence {
        if (number == null || type == null || holder == null || province == null || area == null
                || granted == null || expires == null || status == null || statusNote == null) {
            throw Rejection.invalid("missing-field", "A licence needs number, type, holder, province, minerals, area, granted and expires");
        }
        if (!expires.isAfter(granted)) {
            throw Rejection.invalid("dates-out-of-order", "A licence must expire after it is granted: granted "
                    + granted + ", expires " + expires);
        }
        if (minerals == null || minerals.isEmpty()) {
            throw Rejection.invalid("missing-field", "A licence covers at least one mineral");
        }
        minerals = List.copyOf(minerals);
        if (minerals.stream().map(MineralCapacity::mineral).distinct().count() != minerals.size()) {
            throw Rejection.invalid("duplicate-mineral", "A licence lists each mineral once");
        }
        if (status == LicenceStatus.EXPIRED) {
            throw new IllegalArgumentException("Expiry is derived from the date, never stored");
        }
    }

    /** A newly granted title. */
    public static Licence grant(LicenceNumber number, LicenceType type, PartyId holder, ProvinceCode province,
            List<MineralCapacity> minerals, Geometry area, LocalDate granted, LocalDate expires) {
        return new Licence(number, type, holder, province, minerals, area, granted, expires,
                LicenceStatus.ACTIVE, Optional.empty(), 0);
    }

    /** The status as it stands on a given day: an active or suspended title past its expiry has expired. */
    public LicenceStatus statusOn(LocalDate day) {
        if (status != LicenceStatus.REVOKED && day.isAfter(expires)) {
            return LicenceStatus.EXPIRED;
        }
        return status;
    }

    public boolean covers(String mineral) {
        return minerals.stream().anyMatch(m -> m.mineral().equals(mineral));
    }

    /** Whether the title still holds its ground on that day, so no one else may be granted it. */
    public boolean holdsGroundOn(LocalDate day) {
        LicenceStatus now = statusOn(day);
        return now == LicenceStatus.ACTIVE || now == LicenceStatus.SUSPENDED;
    }

    public Licence suspend(String note, LocalDate today) {
        require(statusOn(today) == LicenceStatus.ACTIVE, "suspend", today);
        return withStatus(LicenceStatus.SUSPENDED, note);
    }

    public Licence reinstate(String note, LocalDate today) {
        require(statusOn(today) == LicenceStatus.SUSPENDED, "reinstate", today);
        return withStatus(LicenceStatus.ACTIVE, note);
    }

    public Licence revoke(String note, LocalDate today) {
        require(statusOn(today) != LicenceStatus.REVOKED, "revoke", today);
        if (note == null || note.isBlank()) {
            throw Rejection.invalid("note-required", "Revoking a licence needs a note giving the reason");
        }
        return withStatus(LicenceStatus.REVOKED, note);
    }

    private void require(boolean allowed, String action, LocalDate today) {
        if (!allowed) {
            throw Rejection.conflict("invalid-licence-transition", "Cannot " + action + " licence " + number
                    + " while it is " + statusOn(today).code()).with("status", statusOn(today).code());
        }
    }

    private Licence withStatus(LicenceStatus next, String note) {
        Optional<String> cleaned = note == null || note.isBlank() ? Optional.empty() : Optional.of(Text.required(note, "note", 2000));
        return new Licence(number, type, holder, province, minerals, area, granted, expires, next, cleaned, version + 1);
    }
}
