package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A laboratory reported a lot's grades under a certificate (CBV inspecting). The reported elements replace
 * their earlier grades (a reported zero included); elements the assay does not mention keep theirs.
 */
public record LotAssayed(
        EventId eventId, OffsetDateTime time, PartyId actor,
        LotId lot, SiteId laboratory, Grades grades, String certificate)
        implements CustodyEvent {

    public LotAssayed {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(laboratory, "laboratory");
        Objects.requireNonNull(grades, "grades");
        if (certificate == null || certificate.isBlank()) {
            throw new IllegalArgumentException("assay of " + lot + " needs a certificate reference");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
