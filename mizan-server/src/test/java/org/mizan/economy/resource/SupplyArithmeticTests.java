package org.mizan.economy.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.mizan.economy.YearsOfSupply;

class SupplyArithmeticTests {

    /** (6000 + 0.5 × 18000) ÷ 300 = 15000 ÷ 300 = 50.0 years. */
    @Test
    void reservesAndADeclaredShareOfResourcesOverAYearsExtraction() {
        SupplyArithmetic y = SupplyArithmetic.of(new BigDecimal("6000"), new BigDecimal("18000"), new BigDecimal("0.5"), new BigDecimal("300"));
        assertThat(y.low()).contains(new BigDecimal("50.0"));
        assertThat(y.high()).contains(new BigDecimal("50.0"));
        assertThat(y.note()).isEmpty();
    }

    /** Only resources: 0.5 × 8000 ÷ 120 = 33.3 to 8000 ÷ 120 = 66.7 years. */
    @Test
    void onlyResourcesGiveARange() {
        SupplyArithmetic y = SupplyArithmetic.of(BigDecimal.ZERO, new BigDecimal("8000"), new BigDecimal("0.5"), new BigDecimal("120"));
        assertThat(y.low()).contains(new BigDecimal("33.3"));
        assertThat(y.high()).contains(new BigDecimal("66.7"));
    }

    @Test
    void noExtractionIsSaidNotDividedBy() {
        SupplyArithmetic y = SupplyArithmetic.of(new BigDecimal("6000"), BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ZERO);
        assertThat(y.low()).isEmpty();
        assertThat(y.note()).contains(YearsOfSupply.NO_EXTRACTION);
    }
}
