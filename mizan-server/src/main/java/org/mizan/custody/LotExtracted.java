package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** A new lot was taken out of the ground at a mine (CBV commissioning). */
public record LotExtracted(
        EventId eventId, OffsetDateTime time, PartyId actor,
        LotId lot, SiteId site, String material, MaterialForm form, Mass mass, Grades grades, GeoPoint location)
        implements CustodyEvent {

    public LotExtracted {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(site, "site");
        if (material == null || material.isBlank()) {
            throw new IllegalArgumentException("extracted lot " + lot + " needs a material code");
        }
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(mass, "mass");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(location, "location");
        if (mass.isZero()) {
            throw new IllegalArgumentException("extracted lot " + lot + " has no mass");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
