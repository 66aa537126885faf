package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TransitLossPolicyTests {

    private final TransitLossPolicy policy = new TransitLossPolicy(new OversightSettings(100, new BigDecimal("0.9"),
            new BigDecimal("0.02"), Map.of(), new BigDecimal("0.01"), Map.of("copper", new BigDecimal("0.005")), 1.4, 80, 6, 8, List.of(),
            Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7), Duration.ofDays(14)));

    @Test
    void doesNotFireForAFullOrHeavierReceipt() {
        assertThat(policy.check(RuleFixtures.trip("30000", "30000", 600, RuleFixtures.T0.plusDays(2)))).isEmpty();
        assertThat(policy.check(RuleFixtures.trip("30000", "30010", 600, RuleFixtures.T0.plusDays(2)))).isEmpty();
    }

    @Test
    void firesForTheTruckThatArrived1850KgShort() {
        Finding f = policy.check(RuleFixtures.trip("30000", "28150", 600, RuleFixtures.T0.plusDays(2))).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.TRANSIT_LOSS);
        assertThat(f.figures()).containsEntry("shortKg", "1850").containsEntry("tolerance", "0.005");
        assertThat(f.eventIds()).containsExactly("ev-d", "ev-r");
    }

    @Test
    void theMineralsToleranceIsTheBoundary() {
        assertThat(policy.check(RuleFixtures.trip("30000", "29850", 600, RuleFixtures.T0.plusDays(2)))).isEmpty();
        assertThat(policy.check(RuleFixtures.trip("30000", "29849.999", 600, RuleFixtures.T0.plusDays(2)))).isPresent();
    }
}
