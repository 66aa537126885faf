package org.mizan.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;

/**
 * A mineral title: who holds it, where, for which minerals and how much a year, and from when until
 * when. Its status changes only through {@link #record}, which adds a dated decision to its
 * {@link LicenceHistory}; expiry is a matter of the calendar, not of a stored flag.
 */
public record Licence(LicenceNumber number, LicenceType type, PartyId holder, ProvinceCode province,
        List<MineralCapacity> minerals, Geometry area, LocalDate granted, LocalDate expires,
        LicenceHistory history, int version) {

    public Licence {
        if (number == null || type == null || holder == null || province == null || area == null
                || granted == null || expires == null || history == null) {
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
        if (!history.licence().equals(number) || !history.granted().equals(granted)) {
            throw new IllegalArgumentException("The history of licence " + number + " must start on its grant date");
        }
    }

    /** A newly granted title. */
    public static Licence grant(LicenceNumber number, LicenceType type, PartyId holder, ProvinceCode province,
            List<MineralCapacity> minerals, Geometry area, LocalDate granted, LocalDate expires) {
        return new Licence(number, type, holder, province, minerals, area, granted, expires,
                LicenceHistory.grantedOn(number, granted), 0);
    }

    /** The status the latest decision gave, whatever the calendar says. */
    public LicenceStatus status() {
        return history.latest().map(LicenceStatusChange::status).orElse(LicenceStatus.ACTIVE);
    }

    /** Why the latest decision was taken, if it said. */
    public Optional<String> statusNote() {
        return history.latest().flatMap(LicenceStatusChange::reason);
    }

    /**
     * The status in force on a day of the province's calendar: the decisions in effect that day, and a
     * title that was active or suspended past its expiry has expired.
     */
    public LicenceStatus statusOn(LocalDate day) {
        LicenceStatus decided = history.statusOn(day);
        if ((decided == LicenceStatus.ACTIVE || decided == LicenceStatus.SUSPENDED) && day.isAfter(expires)) {
            return LicenceStatus.EXPIRED;
        }
        return decided;
    }

    /** The status in force at an instant, read on the calendar of the zone the law of its province keeps. */
    public LicenceStatus statusAt(Instant at, ZoneId zone) {
        return statusOn(at.atZone(zone).toLocalDate());
    }

    public boolean covers(String mineral) {
        return minerals.stream().anyMatch(m -> m.mineral().equals(mineral));
    }

    /** Whether the title holds its ground on that day (or will, once granted), so no one else may be granted it. */
    public boolean holdsGroundOn(LocalDate day) {
        LicenceStatus then = statusOn(day);
        return then == LicenceStatus.ACTIVE || then == LicenceStatus.SUSPENDED || then == LicenceStatus.NOT_YET_GRANTED;
    }

    /** The licence with one more dated decision; see {@link LicenceHistory#with} for what is refused. */
    public Licence record(LicenceStatusChange change, LocalDate today) {
        LicenceHistory next = history.with(change, today);
        if (change.effectiveFrom().isAfter(expires)) {
            throw Rejection.conflict("licence-expired", "Licence " + number + " expires on " + expires
                    + "; a " + change.kind() + " cannot take effect on " + change.effectiveFrom())
                    .with("expires", expires.toString());
        }
        return new Licence(number, type, holder, province, minerals, area, granted, expires, next, version + 1);
    }
}
