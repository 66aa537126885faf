package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Mass;

class OriginVectorTests {

    private static final OriginKey A = OriginKey.licence(new LicenceNumber("A-1"));
    private static final OriginKey B = OriginKey.licence(new LicenceNumber("B-2"));
    private static final OriginKey C = OriginKey.licence(new LicenceNumber("C-3"));

    @Test
    void mixesSharesInProportionToWeight() {
        OriginVector mixed = OriginVector.mix(List.of(
                contribution(OriginVector.wholly(A), 620),
                contribution(OriginVector.wholly(B), 380)));

        assertThat(mixed.shares()).containsExactly(
                Map.entry(A, new BigDecimal("0.620000000000")), Map.entry(B, new BigDecimal("0.380000000000")));
    }

    @Test
    void putsTheRoundingRemainderOnTheLargestShareSoSharesSumToExactlyOne() {
        OriginVector thirds = OriginVector.mix(List.of(
                contribution(OriginVector.wholly(A), 1), contribution(OriginVector.wholly(B), 1), contribution(OriginVector.wholly(C), 1)));

        assertThat(thirds.share(A)).isEqualTo(new BigDecimal("0.333333333334"));
        assertThat(thirds.share(B)).isEqualTo(new BigDecimal("0.333333333333"));
        assertThat(sum(thirds)).isEqualTo(new BigDecimal("1.000000000000"));
    }

    @Test
    void givesTheSameVectorWhateverTheOrderOfContributions() {
        var ab = OriginVector.mix(List.of(contribution(OriginVector.wholly(A), 7), contribution(OriginVector.wholly(B), 3)));
        var ba = OriginVector.mix(List.of(contribution(OriginVector.wholly(B), 3), contribution(OriginVector.wholly(A), 7)));

        assertThat(ab).isEqualTo(ba);
    }

    @Test
    void makesRoomForAnUnattributedFraction() {
        OriginVector mixed = OriginVector.mix(List.of(contribution(OriginVector.wholly(A), 1), contribution(OriginVector.wholly(B), 1)));

        OriginVector diluted = mixed.withUnattributed(new BigDecimal("0.2"));

        assertThat(diluted.share(A)).isEqualByComparingTo("0.4");
        assertThat(diluted.share(B)).isEqualByComparingTo("0.4");
        assertThat(diluted.unattributedShare()).isEqualByComparingTo("0.2");
        assertThat(mixed.withUnattributed(BigDecimal.ZERO)).isSameAs(mixed);
        assertThat(mixed.withUnattributed(BigDecimal.ONE)).isEqualTo(OriginVector.unattributed());
    }

    @Test
    void keepsSharesSummingToExactlyOneOverLongChainsOfRandomMixes() {
        Random random = new Random(7);
        List<OriginVector> pool = new ArrayList<>(List.of(OriginVector.wholly(A), OriginVector.wholly(B), OriginVector.wholly(C)));
        for (int i = 0; i < 2_000; i++) {
            List<OriginVector.Contribution> parts = new ArrayList<>();
            for (int j = 0, n = 1 + random.nextInt(4); j < n; j++) {
                parts.add(contribution(pool.get(random.nextInt(pool.size())), 1 + random.nextInt(1_000_000_000)));
            }
            OriginVector mixed = OriginVector.mix(parts);
            if (random.nextInt(5) == 0) {
                mixed = mixed.withUnattributed(BigDecimal.valueOf(random.nextInt(1_000), 3));
            }
            assertThat(sum(mixed)).isEqualTo(new BigDecimal("1.000000000000"));
            assertThat(mixed.shares().values()).allSatisfy(share -> assertThat(share.signum()).isPositive());
            pool.add(mixed);
        }
    }

    @Test
    void acceptsSharesGivenWithFewerDecimalsAndStoresThemAtTheFixedScale() {
        OriginVector vector = new OriginVector(Map.of(A, new BigDecimal("0.62"), B, new BigDecimal("0.38")));

        assertThat(vector.share(A)).isEqualTo(new BigDecimal("0.620000000000"));
    }

    @Test
    void rejectsVectorsThatDoNotSumToOneOrHaveNonPositiveOrTooFineShares() {
        assertThatThrownBy(() -> new OriginVector(Map.of(A, new BigDecimal("0.5")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginVector(Map.of(A, BigDecimal.ONE, B, BigDecimal.ZERO))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginVector(Map.of(A, new BigDecimal("1.2"), B, new BigDecimal("-0.2"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginVector(Map.of(A, new BigDecimal("0.5000000000001"), B, new BigDecimal("0.4999999999999"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginVector(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToMixNothing() {
        assertThatThrownBy(() -> OriginVector.mix(List.of(contribution(OriginVector.wholly(A), 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OriginVector.mix(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersLicencesByNumberWithUnattributedLast() {
        OriginVector vector = new OriginVector(Map.of(OriginKey.UNATTRIBUTED, new BigDecimal("0.5"), B, new BigDecimal("0.25"),
                A, new BigDecimal("0.25")));

        assertThat(vector.shares().keySet()).containsExactly(A, B, OriginKey.UNATTRIBUTED);
        assertThat(vector.toString()).isEqualTo("{A-1=0.250000000000, B-2=0.250000000000, UNATTRIBUTED=0.500000000000}");
    }

    private static OriginVector.Contribution contribution(OriginVector origin, long grams) {
        return new OriginVector.Contribution(origin, Mass.ofGrams(grams));
    }

    private static BigDecimal sum(OriginVector vector) {
        return vector.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
