package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/**
 * A laboratory reported a lot's grades under a certificate (CBV inspecting), as elements ({@code grades}), as oxides
 * ({@code oxides}, e.g. Nd2O3 for a rare-earth concentrate), or both, never one element both ways. The reported
 * elements, an oxide's as its element's grade, replace their earlier grades (a reported zero included); elements the
 * assay does not mention keep theirs.
 */
public record LotAssayed(
        EventId eventId, OffsetDateTime time, PartyId actor,
        LotId lot, SiteId laboratory, Grades grades, OxideGrades oxides, String certificate)
        implements CustodyEvent {

    public LotAssayed {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(laboratory, "laboratory");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(oxides, "oxides");
        oxides.elements().fractions().keySet().stream().filter(grades.fractions()::containsKey).findFirst().ifPresent(element -> {
            throw new IllegalArgumentException("assay of " + lot + " reports " + element + " both as an element and as an oxide");
        });
        grades.updatedBy(oxides.elements());
        if (certificate == null || certificate.isBlank()) {
            throw new IllegalArgumentException("assay of " + lot + " needs a certificate reference");
        }
    }

    /** An assay of elements only. */
    public LotAssayed(EventId eventId, OffsetDateTime time, PartyId actor, LotId lot, SiteId laboratory, Grades grades,
            String certificate) {
        this(eventId, time, actor, lot, laboratory, grades, OxideGrades.none(), certificate);
    }

    /** The element grades the assay applies: those reported as elements and those its oxides stand for. */
    public Grades applied() {
        return grades.updatedBy(oxides.elements());
    }

    @Override
    public Set<LotId> touchedLots() {
        return Set.of(lot);
    }
}
