package org.mizan.log.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RoyaltyComputationTests {

    private static final BigDecimal PKR_PER_USD = new BigDecimal("278.80");

    private static RoyaltyInputs contained(String massKg, String grade, String price, String unit, String relief) {
        return new RoyaltyInputs(RoyaltyBasis.CONTAINED_VALUE, new BigDecimal("0.05"), null, null, new BigDecimal(massKg),
                new BigDecimal(grade), new BigDecimal(price), PriceUnit.of(unit), PKR_PER_USD, relief == null ? null : new BigDecimal(relief));
    }

    @Test
    void copperConcentrateAtFivePercentOfTheReferencePriceIsTheWorkedExample() {
        // 30,000 kg at 25 % Cu, 5 % of 390 US cents per pound: USD 3,224.26.
        RoyaltyFigures figures = RoyaltyComputation.compute(contained("30000", "0.25", "390", "USc/lb", null));

        assertThat(figures.dueUsd()).isEqualByComparingTo("3224.26");
        assertThat(figures.grossUsd()).isEqualByComparingTo("3224.26");
        assertThat(figures.forgoneUsd()).isEqualByComparingTo("0.00");
        assertThat(figures.minimumApplied()).isFalse();
    }

    @Test
    void antimonyConcentrateAtFivePercentIsTheWorkedExample() {
        // 10,000 kg at 60 % Sb, 5 % of USD 5.60 per pound: USD 3,703.77; in rupees at 278.80 per dollar.
        RoyaltyFigures figures = RoyaltyComputation.compute(contained("10000", "0.60", "5.60", "USD/lb", null));

        assertThat(figures.dueUsd()).isEqualByComparingTo("3703.77");
        assertThat(figures.duePkr()).isEqualByComparingTo("1032609.96");
    }

    @Test
    void centsAndDollarsPerPoundGiveTheSameRoyalty() {
        assertThat(RoyaltyComputation.compute(contained("30000", "0.25", "3.90", "USD/lb", null)))
                .isEqualTo(RoyaltyComputation.compute(contained("30000", "0.25", "390", "USc/lb", null)));
    }

    @Test
    void sindhCoalPaysItsMinimumPerTonneWhenTheShareOfValueIsLess() {
        // 100 t at PKR 1,500/t pit-mouth: 7.5 % is PKR 11,250, below the minimum of PKR 150/t = PKR 15,000.
        RoyaltyInputs coal = new RoyaltyInputs(RoyaltyBasis.AD_VALOREM, new BigDecimal("0.075"), "PKR", new BigDecimal("150"),
                new BigDecimal("100000"), null, new BigDecimal("1500"), PriceUnit.of("PKR/t"), new BigDecimal("280"), null);

        RoyaltyFigures figures = RoyaltyComputation.compute(coal);

        assertThat(figures.minimumApplied()).isTrue();
        assertThat(figures.dueUsd()).isEqualByComparingTo("53.57");
        assertThat(figures.duePkr()).isEqualByComparingTo("15000.00");
    }

    @Test
    void sindhCoalPaysItsShareOfValueWhenThatIsMore() {
        // 100 t at PKR 3,000/t: 7.5 % is PKR 22,500, above the PKR 15,000 minimum.
        RoyaltyInputs coal = new RoyaltyInputs(RoyaltyBasis.AD_VALOREM, new BigDecimal("0.075"), "PKR", new BigDecimal("150"),
                new BigDecimal("100000"), null, new BigDecimal("3000"), PriceUnit.of("PKR/t"), new BigDecimal("280"), null);

        RoyaltyFigures figures = RoyaltyComputation.compute(coal);

        assertThat(figures.minimumApplied()).isFalse();
        assertThat(figures.duePkr()).isEqualByComparingTo("22500.00");
        assertThat(figures.dueUsd()).isEqualByComparingTo("80.36");
    }

    @Test
    void aHalfReliefForgoesHalfTheRoyaltyAndTheRestIsDue() {
        RoyaltyFigures figures = RoyaltyComputation.compute(contained("30000", "0.25", "390", "USc/lb", "0.5"));

        assertThat(figures.grossUsd()).isEqualByComparingTo("3224.26");
        assertThat(figures.forgoneUsd()).isEqualByComparingTo("1612.13");
        assertThat(figures.dueUsd()).isEqualByComparingTo("1612.13");
        assertThat(figures.duePkr()).isEqualByComparingTo("449461.93");
    }

    @Test
    void aPerTonneRateIsTheRateTimesTheTonnes() {
        RoyaltyInputs perTonne = new RoyaltyInputs(RoyaltyBasis.PER_TONNE, new BigDecimal("250"), "PKR", null, new BigDecimal("25000"),
                null, null, null, new BigDecimal("250"), null);

        RoyaltyFigures figures = RoyaltyComputation.compute(perTonne);

        assertThat(figures.duePkr()).isEqualByComparingTo("6250.00");
        assertThat(figures.dueUsd()).isEqualByComparingTo("25.00");
    }

    @Test
    void ratesOutsideZeroToHundredPercentAndUnknownUnitsAreRefused() {
        assertThatThrownBy(() -> new RoyaltyInputs(RoyaltyBasis.CONTAINED_VALUE, new BigDecimal("1.5"), null, null, BigDecimal.TEN,
                BigDecimal.ONE, BigDecimal.ONE, PriceUnit.of("USD/kg"), BigDecimal.TEN, null)).hasMessageContaining("0 to 100 %");
        assertThatThrownBy(() -> PriceUnit.of("EUR/lb")).hasMessageContaining("is not");
        assertThatThrownBy(() -> PriceUnit.of("USD/bushel")).hasMessageContaining("is not");
        assertThatThrownBy(() -> RoyaltyBasis.of("flat")).hasMessageContaining("none of");
    }

    @Test
    void aTroyOuncePriceIsPerThirtyOneGrams() {
        assertThat(PriceUnit.of("USD/ozt").perKilogram(new BigDecimal("0.0311034768"))).isEqualByComparingTo("1");
    }
}
