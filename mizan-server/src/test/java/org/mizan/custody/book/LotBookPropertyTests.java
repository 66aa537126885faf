package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.custody.CustodyRule;

/**
 * Seeded random histories (no property-testing library): after every step, valid or refused, the
 * book must balance to the gram against an independent tally and every origin must sum to exactly 1.
 * The tally is extracted + produced - consumed - lost - exported + (received - dispatched), since
 * processing creates output mass and a receipt's weighed mass replaces the dispatched one.
 */
class LotBookPropertyTests {

    private static final int STEPS = 80;
    private static final Map<RandomHistory.Step, Integer> STEPS_TAKEN = new EnumMap<>(RandomHistory.Step.class);
    private static final Map<CustodyRule, Integer> REFUSALS = new EnumMap<>(CustodyRule.class);

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsEveryInvariantThroughARandomHistory(long seed) {
        RandomHistory history = new RandomHistory(seed);
        InvalidAttempts invalid = new InvalidAttempts();
        for (int i = 0; i < STEPS; i++) {
            RandomHistory.Step step = history.step(invalid);
            synchronized (STEPS_TAKEN) {
                STEPS_TAKEN.merge(step, 1, Integer::sum);
            }
            assertBookIsSound(history);
        }
        synchronized (REFUSALS) {
            invalid.refused.forEach((rule, n) -> REFUSALS.merge(rule, n, Integer::sum));
        }
    }

    @AfterAll
    static void everyKindOfStepAndRefusalWasExercised() {
        assertThat(STEPS_TAKEN.keySet()).containsExactlyInAnyOrder(RandomHistory.Step.values());
        assertThat(STEPS_TAKEN.values()).allSatisfy(n -> assertThat(n).isGreaterThan(100));
        assertThat(REFUSALS).containsKeys(CustodyRule.NOT_CUSTODIAN, CustodyRule.MASS_NEGATIVE, CustodyRule.NOT_AT_DESTINATION,
                CustodyRule.LOT_CLOSED, CustodyRule.TIME_BACKWARDS, CustodyRule.NOT_A_MINE, CustodyRule.OUTPUT_LOT_EXISTS,
                CustodyRule.UNKNOWN_LOT);
    }

    private static void assertBookIsSound(RandomHistory history) {
        long available = 0;
        for (Lot lot : history.book.lots()) {
            assertThat(lot.availableMass().grams()).as("available mass of %s", lot.id()).isNotNegative();
            assertThat(lot.availableMass().isZero()).as("closed iff empty: %s", lot).isEqualTo(lot.status().isClosed());
            assertThat(lot.destination().isPresent()).as("destination iff in transit: %s", lot)
                    .isEqualTo(lot.status() == LotStatus.IN_TRANSIT);
            assertThat(lot.origin().shares().values()).allSatisfy(share -> assertThat(share.scale()).isEqualTo(OriginVector.SCALE));
            assertThat(lot.origin().shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("origin of %s", lot.id()).isEqualTo(new BigDecimal("1.000000000000"));
            available += lot.availableMass().grams();
        }
        assertThat(available).as("book balance").isEqualTo(history.expectedAvailableGrams());
    }
}
