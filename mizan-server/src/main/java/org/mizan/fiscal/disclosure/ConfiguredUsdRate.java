package org.mizan.fiscal.disclosure;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import org.mizan.fiscal.revenue.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One PKR/USD rate for every year, from {@code mizan.fiscal.usd-pkr} (rupees per dollar), until rates are kept
 * as dated rows; without the property no total in USD is given ("Not available").
 */
@Component
class ConfiguredUsdRate implements UsdRate {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency PKR = Currency.getInstance("PKR");

    private final Optional<BigDecimal> pkr;

    ConfiguredUsdRate(@Value("${mizan.fiscal.usd-pkr:}") String pkr) {
        this.pkr = pkr.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(pkr.strip()));
        if (this.pkr.isPresent() && this.pkr.get().signum() <= 0) {
            throw new IllegalArgumentException("mizan.fiscal.usd-pkr is rupees per US dollar, more than zero; got " + pkr);
        }
    }

    @Override
    public Optional<BigDecimal> perUsd(Currency currency, FiscalYear year) {
        if (currency.equals(USD)) {
            return Optional.of(BigDecimal.ONE);
        }
        return currency.equals(PKR) ? pkr : Optional.empty();
    }
}
