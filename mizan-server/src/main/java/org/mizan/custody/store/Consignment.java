package org.mizan.custody.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mizan.custody.MaterialForm;
import org.mizan.custody.book.Lot;
import org.mizan.custody.book.OriginShares;
import org.mizan.custody.json.StoredForms;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Mass;

/**
 * An export consignment as custody's books hold it: the export, and each exported lot with the mass
 * that left. Totals, contained elements and origin shares are derived here, once, from the lines;
 * origin shares weight each line by its exported mass.
 */
public record Consignment(Head head, List<Line> lines) {

    public Consignment {
        Objects.requireNonNull(head, "head");
        lines = List.copyOf(lines);
    }

    /** The export itself, as the consignment table holds it. */
    public record Head(String id, long seq, String eventId, String exporter, String buyer, String port,
            String destinationCountry, BigDecimal declaredValueUsd, Instant exportedAt) {
    }

    /** An exported lot and the mass of it that left: its figures follow that mass. */
    public record Line(Lot lot, Mass exported) {
    }

    public Mass totalMass() {
        return lines.stream().map(Line::exported).reduce(Mass.ZERO, Mass::plus);
    }

    public SortedMap<ElementSymbol, Mass> contained() {
        SortedMap<ElementSymbol, Mass> contained = new TreeMap<>();
        for (Line line : lines) {
            line.lot().grades().containedGrams(line.exported()).forEach((element, mass) -> contained.merge(element, mass, Mass::plus));
        }
        return contained;
    }

    public SortedSet<MaterialForm> forms() {
        SortedSet<MaterialForm> forms = new TreeSet<>();
        lines.forEach(line -> forms.add(line.lot().form()));
        return forms;
    }

    /** The consignment's origin by licence key (a licence number or {@code unattributed}), summing to exactly 1. */
    public Map<String, BigDecimal> originByLicence() {
        Map<String, BigDecimal> weighted = new TreeMap<>();
        for (Line line : lines) {
            BigDecimal weight = BigDecimal.valueOf(line.exported().grams());
            StoredForms.origin(line.lot().origin())
                    .forEach((key, share) -> weighted.merge(key, new BigDecimal(share).multiply(weight), BigDecimal::add));
        }
        return OriginShares.of(weighted, BigDecimal.valueOf(Math.max(totalMass().grams(), 1)));
    }
}
