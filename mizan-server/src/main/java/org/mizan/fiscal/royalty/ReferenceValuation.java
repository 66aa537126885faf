package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.fiscal.ReferenceValue;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Mass;
import org.springframework.stereotype.Component;

/**
 * Values contained elements at the reference price of each element for a year, as a royalty is priced: that
 * year's average or the latest before it. Only prices quoted in US dollars (or cents) value an element here;
 * an element without one is named as unpriced rather than valued at zero.
 */
@Component
public class ReferenceValuation {

    private final PriceRows prices;

    ReferenceValuation(PriceRows prices) {
        this.prices = prices;
    }

    public ReferenceValue of(Map<ElementSymbol, Mass> contained, int year) {
        BigDecimal total = BigDecimal.ZERO;
        List<ReferenceValue.Priced> priced = new ArrayList<>();
        List<ElementSymbol> unpriced = new ArrayList<>();
        for (Map.Entry<ElementSymbol, Mass> e : new TreeMap<>(contained).entrySet()) {
            Optional<PriceRows.Committed> price = prices.forYear(e.getKey().value(), year)
                    .filter(p -> p.row().unit().currency().equals("USD"));
            if (price.isEmpty()) {
                unpriced.add(e.getKey());
                continue;
            }
            BigDecimal kg = new BigDecimal(e.getValue().toKilogramsString());
            BigDecimal perKg = price.get().row().unit().perKilogram(price.get().row().value());
            BigDecimal usd = kg.multiply(perKg, MathContext.DECIMAL128);
            priced.add(new ReferenceValue.Priced(e.getKey(), kg, perKg, price.get().row().id(), price.get().row().year(),
                    price.get().logIndex(), usd));
            total = total.add(usd, MathContext.DECIMAL128);
        }
        return new ReferenceValue(total, priced, unpriced);
    }
}
