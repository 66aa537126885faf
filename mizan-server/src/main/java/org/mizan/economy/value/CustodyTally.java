package org.mizan.economy.value;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.Custody;
import org.mizan.custody.ExtractionFacts;
import org.mizan.custody.LotExtracted;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LicenceNumber;
import org.springframework.stereotype.Component;

/**
 * What the national picture needs of the committed custody stream, read once and kept up to date on each question:
 * every export consignment and every extraction with its contained elements. The stream is append-only and read in
 * sequence order, so resuming after the last record seen misses nothing and counts nothing twice.
 */
@Component
public class CustodyTally extends StreamTally {

    /** An export consignment as the stream announced it. */
    public record Export(String consignment, OffsetDateTime time) {
    }

    /** An extracted lot: when, under which licence (if any), and the kilograms of each element it contains. */
    public record Extraction(OffsetDateTime time, Optional<LicenceNumber> licence, Map<ElementSymbol, BigDecimal> kilograms) {
    }

    private final List<Export> exports = new ArrayList<>();
    private final List<Extraction> extractions = new ArrayList<>();

    CustodyTally(Custody custody) {
        super(custody);
    }

    public synchronized List<Export> exports() {
        catchUp();
        return List.copyOf(exports);
    }

    public synchronized List<Extraction> extractions() {
        catchUp();
        return List.copyOf(extractions);
    }

    @Override
    protected void take(CommittedEvent e) {
        if (e.event() instanceof ConsignmentExported x) {
            exports.add(new Export(x.consignment().value(), x.time()));
        } else if (e.event() instanceof LotExtracted x && e.facts() instanceof ExtractionFacts f) {
            BigDecimal kg = new BigDecimal(x.mass().toKilogramsString());
            Map<ElementSymbol, BigDecimal> contained = new java.util.TreeMap<>();
            x.grades().fractions().forEach((element, grade) -> contained.put(element, kg.multiply(grade.fraction())));
            extractions.add(new Extraction(x.time(), f.licence(), contained));
        }
    }
}
