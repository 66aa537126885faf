package org.mizan.economy.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.custody.MaterialForm;
import org.mizan.kernel.ElementSymbol;

/** Where valuation looks up what a kilogram of an element in a form fetched on a day, and at what payability. */
public interface PriceBook {

    /** A price and the payability of its form; {@code payabilityLogIndex} is empty when the form is paid in full. */
    record Quote(String pricePoint, long priceLogIndex, String source, String confidence, BigDecimal usdPerKg, BigDecimal payability,
            Optional<Long> payabilityLogIndex) {
    }

    Optional<Quote> quote(ElementSymbol element, MaterialForm form, LocalDate day);
}
