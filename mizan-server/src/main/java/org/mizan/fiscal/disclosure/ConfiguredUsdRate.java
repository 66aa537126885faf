package org.mizan.fiscal.disclosure;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.royalty.ExchangeRates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The disclosure's PKR/USD rate for a year. {@code mizan.fiscal.usd-pkr} (rupees per dollar), when set, is the
 * rate of every year, for a report that must use one agreed rate. Otherwise it is the latest logged exchange rate
 * published within the fiscal year; a year with none published (a year to come, or one before the table
 * starts) has no total in USD ("Not available"): a rate of another year is not carried over.
 */
@Component
class ConfiguredUsdRate implements UsdRate {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency PKR = Currency.getInstance("PKR");

    private final Optional<BigDecimal> pkr;
    private final Optional<ExchangeRates> logged;

    @org.springframework.beans.factory.annotation.Autowired
    ConfiguredUsdRate(@Value("${mizan.fiscal.usd-pkr:}") String pkr, ExchangeRates logged) {
        this(pkr, Optional.of(logged));
    }

    /** Only the setting, with no logged rates: for the tests of the setting itself. */
    ConfiguredUsdRate(String pkr) {
        this(pkr, Optional.empty());
    }

    private ConfiguredUsdRate(String pkr, Optional<ExchangeRates> logged) {
        this.logged = logged;
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
        if (!currency.equals(PKR)) {
            return Optional.empty();
        }
        return pkr.isPresent() ? pkr : logged.flatMap(rates -> rates.latestWithin(year.start(), year.end())).map(ExchangeRates.Rate::pkrPerUsd);
    }
}
