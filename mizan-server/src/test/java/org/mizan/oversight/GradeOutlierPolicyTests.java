package org.mizan.oversight;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.kernel.LotId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradeOutlierPolicyTests {

    private final GradeOutlierPolicy policy = new GradeOutlierPolicy(6, 8);
    // Median 0.0050; absolute deviations 0, 0.0001 (x4), 0.0002 (x4): MAD 0.0001, robust spread 0.00014826.
    private final List<BigDecimal> history = List.of("0.0050", "0.0049", "0.0051", "0.0048", "0.0052", "0.0049", "0.0051", "0.0048",
            "0.0052").stream().map(BigDecimal::new).toList();

    private static final ElementSymbol CU = new ElementSymbol("Cu");

    private GradeOutlierPolicy.Measurement grade(String fraction) {
        return new GradeOutlierPolicy.Measurement("ev-a", new LotId("LOT-1"), new SiteId("mine-1"), "cu-ore", CU, new BigDecimal(fraction), new PartyId("lab"));
    }

    @Test
    void doesNotFireWithinTheSitesSpread() {
        assertThat(policy.check(grade("0.0053"), history)).isEmpty();
    }

    @Test
    void firesForAGradeFarAboveTheHistory() {
        Finding f = policy.check(grade("0.0110"), history).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.GRADE_OUTLIER);
        assertThat(f.figures()).containsEntry("median", "0.005").containsEntry("history", 9);
    }

    @Test
    void theLimitIsSixRobustSpreads() {
        double limit = 0.005 + 6 * 1.4826 * 0.0001;
        assertThat(policy.check(grade(BigDecimal.valueOf(limit - 0.000001).toPlainString()), history)).isEmpty();
        assertThat(policy.check(grade(BigDecimal.valueOf(limit + 0.000001).toPlainString()), history)).isPresent();
    }

    @Test
    void tooShortAHistoryRaisesNothing() {
        assertThat(policy.check(grade("0.0500"), history.subList(0, 7))).isEmpty();
    }

    @Test
    void identicalHistoryUsesOnePercentOfTheMedianAsSpread() {
        List<BigDecimal> flat = IntStream.range(0, 10).mapToObj(i -> new BigDecimal("0.2000")).toList();
        assertThat(policy.check(grade("0.2110"), flat)).isEmpty();
        assertThat(policy.check(grade("0.2130"), flat)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void normalNoiseOfFivePercentRarelyFires(long seed) {
        Random random = new Random(seed);
        List<BigDecimal> site = IntStream.range(0, 200).mapToObj(i -> BigDecimal.valueOf(0.005 * (1 + 0.05 * random.nextGaussian()))).toList();
        long fired = IntStream.range(0, 1000).filter(i -> policy.check(
                new GradeOutlierPolicy.Measurement("e" + i, new LotId("L"), new SiteId("ss"), "cu-ore", CU, BigDecimal.valueOf(0.005 * (1 + 0.05 * random.nextGaussian())), new PartyId("pp")),
                site).isPresent()).count();
        assertThat(fired).isZero();
        assertThat(policy.check(new GradeOutlierPolicy.Measurement("x", new LotId("L"), new SiteId("ss"), "cu-ore", CU, new BigDecimal("0.011"), new PartyId("pp")), site)).isPresent();
    }
}
