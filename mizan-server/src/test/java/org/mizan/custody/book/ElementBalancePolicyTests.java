package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.RegistryFixture.*;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.Mass;
import org.mizan.custody.ElementBalance;

class ElementBalancePolicyTests {

    private final ElementBalancePolicy twoPercent = new ElementBalancePolicy(new BigDecimal("0.02"));

    @Test
    void allowsOutputUpToInputTimesOnePlusTolerance() {
        var balances = twoPercent.evaluate(Map.of(CU, grams(1_000)), Map.of(CU, grams(1_020)));

        assertThat(balances).singleElement().satisfies(b -> {
            assertThat(b.breached()).isFalse();
            assertThat(b.surplus()).isEqualTo(grams(20));
            assertThat(b.unexplainedFraction()).isZero();
            assertThat(b.reason()).isEmpty();
        });
    }

    @Test
    void flagsOutputBeyondTheToleranceWithTheWholeSurplusUnexplained() {
        var balance = twoPercent.evaluate(Map.of(CU, grams(1_000)), Map.of(CU, grams(1_021))).get(0);

        assertThat(balance.breached()).isTrue();
        assertThat(balance.unexplainedFraction()).isEqualByComparingTo(new BigDecimal("21").divide(new BigDecimal("1021"), 12,
                java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void flagsAnElementThatAppearsFromNowhere() {
        var balances = ElementBalancePolicy.exact().evaluate(Map.of(CU, grams(500)), Map.of(CU, grams(400), ND, grams(1)));

        assertThat(balances).extracting(ElementBalance::element).containsExactly(CU, ND);
        assertThat(balances.get(1).breached()).isTrue();
        assertThat(balances.get(1).unexplainedFraction()).isEqualByComparingTo("1");
        assertThat(balances.get(0).breached()).isFalse();
    }

    @Test
    void neverFlagsElementsThatOnlyLeaveWithWaste() {
        var balances = ElementBalancePolicy.exact().evaluate(Map.of(FE, grams(900)), Map.of());

        assertThat(balances).singleElement().satisfies(b -> assertThat(b.breached()).isFalse());
    }

    @Test
    void rejectsToleranceOutsideZeroToOne() {
        assertThatThrownBy(() -> new ElementBalancePolicy(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ElementBalancePolicy(new BigDecimal("1.5"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Mass grams(long grams) {
        return Mass.ofGrams(grams);
    }
}
