package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

class GradeUnderDeclarationPolicyTests {

    private static final DeclaringSite MINE = new DeclaringSite(new SiteId("mine-1"), new PartyId("miner"), new ElementSymbol("Cu"));

    private final GradeUnderDeclarationPolicy policy = new GradeUnderDeclarationPolicy(OversightSettings.defaults());

    /** A window, most recent first: lot n-1 is this assay's, each pair declared and assayed as given. */
    private static List<GradePair> window(String... declaredAssayed) {
        List<GradePair> out = new ArrayList<>();
        for (int i = declaredAssayed.length - 1; i >= 0; i--) {
            String[] pair = declaredAssayed[i].split("/");
            out.add(new GradePair(new LotId("LOT-" + i), "ev-x" + i, "ev-a" + i, new BigDecimal(pair[0]), new BigDecimal(pair[1])));
        }
        return out;
    }

    private static String[] repeat(int n, String pair) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, pair);
        return out;
    }

    private static String[] with(String[] pairs, int index, String pair) {
        String[] out = pairs.clone();
        out[index] = pair;
        return out;
    }

    @Test
    void firesWhenEveryAssayOfTheSiteFindsAQuarterMoreThanDeclared() {
        // Declared 0.0075 where the laboratory finds 0.01: 1.333 times, twelve times out of twelve, p = 1/4096.
        Finding f = policy.check(MINE, window(repeat(12, "0.0075/0.01"))).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.GRADE_UNDER_DECLARED);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.cause()).isEqualTo("GRADE_UNDER_DECLARED/ev-a11/Cu");
        assertThat(f.figures()).containsEntry("lots", 12).containsEntry("assayedHigher", 12).containsEntry("assayedLower", 0)
                .containsEntry("medianRatio", "1.333").containsEntry("minRatio", "1.10").containsEntry("pValue", "0.000244")
                .containsEntry("element", "Cu").containsEntry("operator", "miner");
        assertThat(f.subject().lots()).extracting(LotId::value).containsExactly("LOT-11");
        assertThat(f.subject().sites()).extracting(SiteId::value).containsExactly("mine-1");
        assertThat(f.subject().parties()).extracting(PartyId::value).containsExactly("miner");
        assertThat(f.eventIds()).hasSize(24).startsWith("ev-x0", "ev-a0").endsWith("ev-x11", "ev-a11");
        assertThat(f.explanation()).isEqualTo("Of the last 12 lots from mine-1 whose Cu grade miner declared at extraction and a laboratory "
                + "later assayed, 12 assayed higher than declared and 0 lower; the median assay is 1.333 times the declared grade (limit 1.10). "
                + "Sampling errs both ways: were an assay as likely to find less than declared as more, 12 or more higher of 12 would happen "
                + "with probability 0.000244 (one-sided sign test, significance 1 %). One lot proves nothing; together they are a pattern.");
    }

    @Test
    void honestNoiseBothWaysIsQuiet() {
        String[] noise = new String[12];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = i % 2 == 0 ? "0.01/0.0109" : "0.01/0.0091";
        }
        assertThat(policy.check(MINE, window(noise))).isEmpty();
    }

    @Test
    void anAssayThatFoundNoMoreThanDeclaredRaisesNothingWhateverTheSitesHistory() {
        assertThat(policy.check(MINE, window(with(repeat(20, "0.0075/0.01"), 19, "0.01/0.01")))).isEmpty();
        assertThat(policy.check(MINE, window(with(repeat(20, "0.0075/0.01"), 19, "0.01/0.009")))).isEmpty();
    }

    @Test
    void fewerThanTenLotsAreNoPattern() {
        assertThat(policy.check(MINE, window(repeat(9, "0.0075/0.01")))).isEmpty();
        assertThat(policy.check(MINE, window(repeat(10, "0.0075/0.01"))).orElseThrow().figures()).containsEntry("pValue", "0.000977");
    }

    @Test
    void theMedianRatioOfOnePointOneIsTheBoundary() {
        assertThat(policy.check(MINE, window(repeat(10, "0.01/0.011"))).orElseThrow().figures()).containsEntry("medianRatio", "1.1");
        assertThat(policy.check(MINE, window(repeat(10, "0.01/0.01099")))).isEmpty();
    }

    @Test
    void nineHigherOfTenCouldBeChanceAtOnePercentTenOfElevenCannot() {
        // P(9 or more of 10) = 0.0107, P(10 or more of 11) = 12/2048 = 0.00586.
        assertThat(policy.check(MINE, window(with(repeat(10, "0.0075/0.01"), 3, "0.01/0.009")))).isEmpty();
        Finding f = policy.check(MINE, window(with(repeat(11, "0.0075/0.01"), 3, "0.01/0.009"))).orElseThrow();
        assertThat(f.figures()).containsEntry("assayedHigher", 10).containsEntry("assayedLower", 1).containsEntry("pValue", "0.00586");
    }

    @Test
    void anAssayEqualToTheDeclarationIsATieTheTestLeavesOut() {
        // Nine higher of nine differing: p = 1/512 = 0.00195; the tie still counts as a lot for the minimum and the median.
        Finding f = policy.check(MINE, window(with(repeat(10, "0.0075/0.01"), 2, "0.01/0.01"))).orElseThrow();
        assertThat(f.figures()).containsEntry("lots", 10).containsEntry("assayedHigher", 9).containsEntry("assayedLower", 0)
                .containsEntry("pValue", "0.00195");
    }

    @Test
    void aDeclaredZeroThatTheLaboratoryFindsIsMoreThanAnyFactor() {
        Finding f = policy.check(MINE, window(repeat(10, "0/0.01"))).orElseThrow();
        assertThat(f.figures()).containsEntry("medianRatio", "unbounded");
        assertThat(GradeUnderDeclarationPolicy.medianRatio(window("0.01/0.01", "0.01/0.012", "0.01/0.014", "0.01/0.016")))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.3"));
        assertThat(GradeUnderDeclarationPolicy.medianRatio(window("0.01/0.01", "0/0.012", "0.01/0.014", "0/0.016"))).isEqualTo(Optional.empty());
        assertThat(GradeUnderDeclarationPolicy.medianRatio(window("0/0", "0.01/0.005", "0.01/0.02"))).hasValueSatisfying(r -> assertThat(r)
                .isEqualByComparingTo("1"));
    }
}
