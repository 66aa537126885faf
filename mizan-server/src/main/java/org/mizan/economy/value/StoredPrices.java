package org.mizan.economy.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.custody.MaterialForm;
import org.mizan.economy.Logged;
import org.mizan.economy.Payability;
import org.mizan.economy.price.PricePoints;
import org.mizan.kernel.ElementSymbol;
import org.springframework.stereotype.Component;

/** The price book of the stored, log-committed price points and payabilities. */
@Component
class StoredPrices implements PriceBook {

    private final PricePoints points;

    StoredPrices(PricePoints points) {
        this.points = points;
    }

    @Override
    public Optional<Quote> quote(ElementSymbol element, MaterialForm form, LocalDate day) {
        return points.on(element, form, day).map(p -> {
            Optional<Logged<Payability>> share = points.payabilityOn(form, day);
            return new Quote(p.value().id(), p.logIndex(), p.value().source(), p.value().confidence().code(), p.value().usdPerKg(),
                    share.map(s -> s.value().share()).orElse(BigDecimal.ONE), share.map(Logged::logIndex));
        });
    }
}
