package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.Mass;

class TransitLossPolicyTests {

    private static final Optional<Mass> TWENTY_KG_SCALES = Optional.of(Mass.ofKilograms("40"));

    private final TransitLossPolicy policy = new TransitLossPolicy(new OversightSettings(100, new BigDecimal("0.9"),
            new BigDecimal("0.02"), Map.of(), new BigDecimal("0.03"), new BigDecimal("0.01"), Map.of("copper", new BigDecimal("0.005")), 1.4, 80, 6, 8, 1.1, List.of(),
            Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7), Duration.ofDays(14),
            Duration.ofDays(90), 40, 10, new BigDecimal("0.003"), new BigDecimal("0.01"), 40, 10,
            new BigDecimal("1.10"), new BigDecimal("0.01")));

    private Optional<Finding> check(String receivedKg, Optional<Mass> resolution) {
        return policy.check(RuleFixtures.trip("30000", receivedKg, resolution, 600, RuleFixtures.T0.plusDays(2)));
    }

    @Test
    void doesNotFireForAFullOrHeavierReceipt() {
        assertThat(policy.check(RuleFixtures.trip("30000", "30000", 600, RuleFixtures.T0.plusDays(2)))).isEmpty();
        assertThat(policy.check(RuleFixtures.trip("30000", "30010", 600, RuleFixtures.T0.plusDays(2)))).isEmpty();
    }

    @Test
    void firesForTheTruckThatArrived1850KgShort() {
        Finding f = policy.check(RuleFixtures.trip("30000", "28150", 600, RuleFixtures.T0.plusDays(2))).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.TRANSIT_LOSS);
        assertThat(f.figures()).containsEntry("shortKg", "1850").containsEntry("tolerance", "0.005").containsEntry("scaleResolutionKg", "0");
        assertThat(f.eventIds()).containsExactly("ev-d", "ev-r");
    }

    @Test
    void theMineralsToleranceIsTheBoundary() {
        assertThat(policy.check(RuleFixtures.trip("30000", "29850", 600, RuleFixtures.T0.plusDays(2)))).isEmpty();
        assertThat(policy.check(RuleFixtures.trip("30000", "29849.999", 600, RuleFixtures.T0.plusDays(2)))).isPresent();
    }

    @Test
    void aShortfallWithinTheScalesResolutionIsNoLoss() {
        // 190 kg short on two 20 kg scales: 150 kg beyond their resolution, exactly copper's 0.5 % of 30 t.
        assertThat(check("29810", TWENTY_KG_SCALES)).isEmpty();
        assertThat(check("29810", Optional.empty())).isPresent();
        assertThat(check("29960", TWENTY_KG_SCALES)).isEmpty();
    }

    @Test
    void oneGramPastTheToleranceBeyondTheResolutionFires() {
        Finding f = check("29809.999", TWENTY_KG_SCALES).orElseThrow();
        assertThat(f.figures()).containsEntry("shortKg", "150.001").containsEntry("scaleResolutionKg", "40")
                .containsEntry("shortFraction", "0.005000").containsEntry("receivedKg", "29809.999");
        assertThat(f.explanation()).contains("150.001 kg short beyond the scales' 40 kg resolution");
    }
}
