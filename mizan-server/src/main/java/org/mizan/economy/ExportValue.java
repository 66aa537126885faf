package org.mizan.economy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one export consignment's contained elements are worth at the mine gate and as exported, line by line, and the
 * dollars it declared. A line with an element no price covers is named as unpriced, never valued at zero or guessed,
 * and left out of the totals, which say so.
 */
public record ExportValue(String consignment, String exportedAt, String quarter, BigDecimal declaredUsd, List<Line> lines,
        BigDecimal mineGateUsd, BigDecimal exportUsd, Optional<BigDecimal> valueAddedShare, List<String> missing) {

    /** A price used: its log entry, trust, dollars per kilogram of element and the payability applied. */
    public record Priced(String pricePoint, long priceLogIndex, String source, String confidence, BigDecimal usdPerKg,
            BigDecimal payability, Optional<Long> payabilityLogIndex, BigDecimal usd) {
    }

    /** One element of a line: contained kilograms, its mine-gate and export valuations (empty when unpriced). */
    public record Element(String element, BigDecimal kilograms, Optional<Priced> mineGate, Optional<Priced> asExported) {
    }

    /** An exported lot: form and stage, elements, origin shares by licence, and its values when every element is priced. */
    public record Line(String lot, String material, String form, String stage, BigDecimal exportedKg, List<Element> elements,
            Map<String, String> origin, Optional<BigDecimal> mineGateUsd, Optional<BigDecimal> exportUsd, List<String> missing) {

        public boolean priced() {
            return missing.isEmpty();
        }
    }

    public ExportValue {
        lines = List.copyOf(lines);
        missing = List.copyOf(missing);
    }

    /** Dollars to the cent, as published. */
    public static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** (export − mine gate) ÷ export, to four decimals; empty when nothing priced is exported. */
    public static Optional<BigDecimal> share(BigDecimal mineGate, BigDecimal export) {
        if (export.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(export.subtract(mineGate).divide(export, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_EVEN));
    }
}
