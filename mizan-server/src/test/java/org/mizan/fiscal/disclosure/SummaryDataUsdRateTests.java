package org.mizan.fiscal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.fiscal.revenue.FiscalYear;

class SummaryDataUsdRateTests {

    private static final FiscalYear YEAR = FiscalYear.of("2025-26");

    @Test
    void theConfiguredRateConvertsRupeesAndDollarsOnly() {
        UsdRate rate = new ConfiguredUsdRate("281.35");
        assertThat(rate.perUsd(Currency.getInstance("PKR"), YEAR)).contains(new BigDecimal("281.35"));
        assertThat(rate.perUsd(Currency.getInstance("USD"), YEAR)).contains(BigDecimal.ONE);
        assertThat(rate.perUsd(Currency.getInstance("EUR"), YEAR)).isEmpty();
    }

    @Test
    void withoutTheSettingRupeesHaveNoRate() {
        assertThat(new ConfiguredUsdRate("").perUsd(Currency.getInstance("PKR"), YEAR)).isEqualTo(Optional.empty());
    }

    @Test
    void aRateOfZeroOrLessStopsStartup() {
        assertThatThrownBy(() -> new ConfiguredUsdRate("0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mizan.fiscal.usd-pkr");
        assertThatThrownBy(() -> new ConfiguredUsdRate("-280")).isInstanceOf(IllegalArgumentException.class);
    }
}
