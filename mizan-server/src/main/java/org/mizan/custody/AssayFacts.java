package org.mizan.custody;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;

/**
 * For the grade-outlier rule and readers of an assay: the grades a lot carried before it, the element grades it
 * applied ({@code reported}: those reported as elements and those its oxides stand for) and, for an assay that
 * reports oxides, the oxide figures as certified ({@code oxides}, by formula; left out of the stored facts when none).
 */
public record AssayFacts(EventId eventId, LotId lot, SiteId laboratory, String certificate, Grades previous, Grades reported,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Grade> oxides)
        implements CustodyFacts {

    public AssayFacts {
        oxides = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(oxides, "oxides")));
    }

    public AssayFacts(EventId eventId, LotId lot, SiteId laboratory, String certificate, Grades previous, Grades reported) {
        this(eventId, lot, laboratory, certificate, previous, reported, Map.of());
    }
}
