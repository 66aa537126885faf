package org.mizan.fiscal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.mizan.kernel.ElementSymbol;

/**
 * What the contained elements of a consignment are worth at reference prices, in US dollars: each priced
 * element with the price row (and its log entry) it used, and the elements no reference price covers.
 */
public record ReferenceValue(BigDecimal usd, List<Priced> priced, List<ElementSymbol> unpriced) {

    /** One element's contained kilograms at a reference price. */
    public record Priced(ElementSymbol element, BigDecimal kilograms, BigDecimal usdPerKg, String priceRow, int priceYear,
            long priceLogIndex, BigDecimal usd) {

        public Priced {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(priceRow, "price row");
        }
    }

    public ReferenceValue {
        Objects.requireNonNull(usd, "usd");
        priced = List.copyOf(priced);
        unpriced = List.copyOf(unpriced);
    }
}
