package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.Mass;

class CapacityPolicyTests {

    private final CapacityPolicy policy = new CapacityPolicy(new BigDecimal("0.9"));
    private final BigDecimal hundredTonnes = new BigDecimal("100");

    private Extraction tonnes(String kg) {
        return RuleFixtures.extraction("copper", kg, 31.55, 72.55, RuleFixtures.T0);
    }

    @Test
    void doesNotFireWellBelowCapacity() {
        assertThat(policy.check(tonnes("10000"), hundredTonnes, Mass.ofKilograms("50000"))).isEmpty();
    }

    @Test
    void warnsOnceWhenTheTotalPassesTheWarningFraction() {
        assertThat(policy.check(tonnes("1"), hundredTonnes, Mass.ofKilograms("89999"))).isEmpty();
        var warning = policy.check(tonnes("1.001"), hundredTonnes, Mass.ofKilograms("89999"));
        assertThat(warning).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.figures()).containsEntry("level", "warning").containsEntry("extractedKg", "90000.001");
        });
        assertThat(policy.check(tonnes("1000"), hundredTonnes, Mass.ofKilograms("91000"))).isEmpty();
    }

    @Test
    void firesOnTheExtractionThatCrossesCapacityAndNotBeforeOrAfter() {
        assertThat(policy.check(tonnes("1000"), hundredTonnes, Mass.ofKilograms("99000"))).isEmpty();
        var exceeded = policy.check(tonnes("0.001"), hundredTonnes, Mass.ofKilograms("100000"));
        assertThat(exceeded).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleCode.OVER_CAPACITY);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.cause()).isEqualTo("OVER_CAPACITY/PB-ML-1/copper/2025/exceeded");
            assertThat(f.explanation()).contains("100 t").contains("100000.001 kg").contains("ev-x");
        });
        assertThat(policy.check(tonnes("5000"), hundredTonnes, Mass.ofKilograms("100001"))).isEmpty();
    }

    @Test
    void aJumpPastCapacityRaisesOnlyTheExceedance() {
        assertThat(policy.check(tonnes("30000"), hundredTonnes, Mass.ofKilograms("80000"))).extracting(Finding::severity)
                .containsExactly(Severity.HIGH);
        assertThat(policy.check(tonnes("5000"), hundredTonnes, Mass.ofKilograms("88000"))).extracting(Finding::severity)
                .containsExactly(Severity.LOW);
    }
}
