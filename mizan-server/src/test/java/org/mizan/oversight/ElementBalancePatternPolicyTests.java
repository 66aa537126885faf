package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

class ElementBalancePatternPolicyTests {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-05-01T10:00:00+05:00");
    private static final long FEED = 100_000_000L; // 100 t of contained copper per run, in grams

    private final ElementBalancePatternPolicy policy = new ElementBalancePatternPolicy(BalancePatternSettings.defaults());
    private final ElementBalancePatternPolicy.Run run = new ElementBalancePatternPolicy.Run("run-0", new SiteId("plant-1"),
            new PartyId("processor"), "smelting", List.of(new LotId("IN-0"), new LotId("OUT-0")), new ElementSymbol("Cu"), new BigDecimal("0.02"));

    /** Runs most recent first, each putting out {@code recovery} times its feed (in parts per ten thousand). */
    private static List<PlantRun> runs(int... recoveriesPer10k) {
        List<PlantRun> out = new ArrayList<>();
        for (int i = 0; i < recoveriesPer10k.length; i++) {
            out.add(new PlantRun("run-" + i, T0.minusDays(i), FEED, FEED / 10_000 * recoveriesPer10k[i]));
        }
        return out;
    }

    private static int[] same(int n, int recovery) {
        int[] r = new int[n];
        java.util.Arrays.fill(r, recovery);
        return r;
    }

    @Test
    void theAllowanceIsThePerRunToleranceOverTheRootOfTheRunsAndNeverBelowTheFloor() {
        BigDecimal tolerance = new BigDecimal("0.02");
        assertThat(policy.allowed(tolerance, 4)).isEqualByComparingTo("0.01");
        assertThat(policy.allowed(tolerance, 8)).isEqualByComparingTo("0.007072");
        assertThat(policy.allowed(tolerance, 16)).isEqualByComparingTo("0.005");
        assertThat(policy.allowed(tolerance, 50)).as("floor").isEqualByComparingTo("0.005");
    }

    @Test
    void firesWhenEveryRunPutsOutAFewPerCentMoreThanItTookInEachWithinItsTolerance() {
        // 16 runs at 101.5 %: each within the 2 % per-run tolerance; together 1.5 % over, the allowance 0.5 %.
        Finding f = policy.check(run, runs(same(16, 10_150))).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.ELEMENT_IMBALANCE_PATTERN);
        assertThat(f.figures()).containsEntry("runs", 16).containsEntry("runsWithSurplus", 16).containsEntry("inputKg", "1600000")
                .containsEntry("outputKg", "1624000").containsEntry("surplusKg", "24000").containsEntry("surplusShare", "0.015000")
                .containsEntry("allowed", "0.005");
        assertThat(f.eventIds()).hasSize(16).startsWith("run-15").endsWith("run-0");
        assertThat(f.explanation()).contains("16 of the last 16 smelting runs at plant-1", "1.5 % more", "forgiven 2 %", "within 0.5 %");
        assertThat(new AlertFolding().key(f)).contains("ELEMENT_IMBALANCE_PATTERN/plant-1/Cu");
    }

    @Test
    void atTheAllowanceItIsQuietAndAGramAboveItFires() {
        // 16 runs, allowance 0.5 %: 1,600,000 kg in, 1,608,000 kg out is exactly at it.
        List<PlantRun> at = runs(same(16, 10_050));
        assertThat(policy.check(run, at)).isEmpty();
        List<PlantRun> above = new ArrayList<>(at);
        PlantRun last = above.get(15);
        above.set(15, new PlantRun(last.eventId(), last.at(), last.inputGrams(), last.outputGrams() + 1));
        assertThat(policy.check(run, above)).isPresent();
    }

    @Test
    void honestRecoveryBelowTheFeedAndScatterBothWaysStayQuiet() {
        assertThat(policy.check(run, runs(same(40, 9_000)))).as("flotation at 90 %").isEmpty();
        // A refinery near 100 % whose assays err ±1.5 % both ways: the sum sits within the allowance.
        assertThat(policy.check(run, runs(10_150, 9_850, 10_100, 9_900, 10_150, 9_850, 10_050, 9_950, 10_100, 9_900, 10_150, 9_850)))
                .isEmpty();
    }

    @Test
    void judgesOnlyARunThatItselfPutOutMoreAndOnlyOnceTheWindowHoldsTheMinimumRuns() {
        assertThat(policy.check(run, runs(same(7, 10_150)))).as("7 runs, 8 needed").isEmpty();
        int[] latestShort = same(16, 10_150);
        latestShort[0] = 9_990;
        assertThat(policy.check(run, runs(latestShort))).as("the latest run took in more than it put out").isEmpty();
    }

    @Test
    void settingsOutOfRangeStopStartup() {
        assertThatThrownBy(() -> new BalancePatternSettings(Duration.ofHours(1), 50, 8, new BigDecimal("0.005"))).hasMessageContaining("window");
        assertThatThrownBy(() -> new BalancePatternSettings(Duration.ofDays(90), 5, 8, new BigDecimal("0.005"))).hasMessageContaining("min-runs");
        assertThatThrownBy(() -> new BalancePatternSettings(Duration.ofDays(90), 50, 8, new BigDecimal("-0.1"))).hasMessageContaining("floor");
    }
}
