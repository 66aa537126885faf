package org.mizan.fiscal.revenue;

import java.math.BigDecimal;

import org.mizan.fiscal.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reconciliation's materiality: {@code mizan.fiscal.materiality-absolute} (default PKR 10,000, in
 * {@code mizan.fiscal.reporting-currency}) and {@code mizan.fiscal.materiality-relative} (default 0.01, one per cent).
 */
@Configuration(proxyBeanMethods = false)
class RevenueSettings {

    @Bean
    Reconciler reconciler(@Value("${mizan.fiscal.materiality-absolute:10000}") BigDecimal absolute,
            @Value("${mizan.fiscal.materiality-relative:0.01}") BigDecimal relative,
            @Value("${mizan.fiscal.reporting-currency:PKR}") String currency) {
        return new Reconciler(new Materiality(new Money(absolute, Money.currency(currency)), relative));
    }
}
