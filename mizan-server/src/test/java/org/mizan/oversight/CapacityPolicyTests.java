package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.Mass;

class CapacityPolicyTests {

    private final CapacityPolicy policy = new CapacityPolicy(new BigDecimal("0.9"));
    private final BigDecimal hundredTonnes = new BigDecimal("100");

    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

    private Extraction tonnes(String kg) {
        return RuleFixtures.extraction("copper", kg, 31.55, 72.55, RuleFixtures.T0);
    }

    @Test
    void doesNotFireWellBelowCapacity() {
        assertThat(policy.check(tonnes("10000"), hundredTonnes, Mass.ofKilograms("50000"), KARACHI)).isEmpty();
    }

    @Test
    void warnsOnceWhenTheTotalPassesTheWarningFraction() {
        assertThat(policy.check(tonnes("1"), hundredTonnes, Mass.ofKilograms("89999"), KARACHI)).isEmpty();
        var warning = policy.check(tonnes("1.001"), hundredTonnes, Mass.ofKilograms("89999"), KARACHI);
        assertThat(warning).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.figures()).containsEntry("level", "warning").containsEntry("extractedKg", "90000.001");
        });
        assertThat(policy.check(tonnes("1000"), hundredTonnes, Mass.ofKilograms("91000"), KARACHI)).isEmpty();
    }

    @Test
    void firesOnTheExtractionThatCrossesCapacityAndNotBeforeOrAfter() {
        assertThat(policy.check(tonnes("1000"), hundredTonnes, Mass.ofKilograms("99000"), KARACHI)).isEmpty();
        var exceeded = policy.check(tonnes("0.001"), hundredTonnes, Mass.ofKilograms("100000"), KARACHI);
        assertThat(exceeded).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleCode.OVER_CAPACITY);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.cause()).isEqualTo("OVER_CAPACITY/PB-ML-1/copper/2025/exceeded");
            assertThat(f.explanation()).contains("100 t").contains("100000.001 kg").contains("ev-x");
        });
        assertThat(policy.check(tonnes("5000"), hundredTonnes, Mass.ofKilograms("100001"), KARACHI)).isEmpty();
    }

    @Test
    void aJumpPastCapacityRaisesOnlyTheExceedance() {
        assertThat(policy.check(tonnes("30000"), hundredTonnes, Mass.ofKilograms("80000"), KARACHI)).extracting(Finding::severity)
                .containsExactly(Severity.HIGH);
        assertThat(policy.check(tonnes("5000"), hundredTonnes, Mass.ofKilograms("88000"), KARACHI)).extracting(Finding::severity)
                .containsExactly(Severity.LOW);
    }

    @Test
    void theYearIsTheProvincesAroundMidnightOfNewYear() {
        // 18:59Z on 31 December is 23:59 in Pakistan; 19:00Z is midnight, the first minute of the new year.
        assertThat(CapacityPolicy.year(OffsetDateTime.parse("2025-12-31T18:59:59Z"), KARACHI)).isEqualTo(2025);
        assertThat(CapacityPolicy.year(OffsetDateTime.parse("2025-12-31T19:00:00Z"), KARACHI)).isEqualTo(2026);
        assertThat(CapacityPolicy.year(OffsetDateTime.parse("2026-01-01T04:59:00+05:00"), KARACHI)).isEqualTo(2026);
        assertThat(CapacityPolicy.year(OffsetDateTime.parse("2025-12-31T23:30:00-05:00"), KARACHI)).isEqualTo(2026);
        assertThat(CapacityPolicy.year(OffsetDateTime.parse("2026-01-01T00:30:00+08:00"), KARACHI)).isEqualTo(2025);
    }

    @Test
    void anExtractionJustAfterPakistansMidnightCrossesNothingInTheOldYear() {
        Extraction newYear = RuleFixtures.extraction("copper", "1000", 31.55, 72.55, OffsetDateTime.parse("2025-12-31T19:30:00Z"));
        Finding f = policy.check(newYear, hundredTonnes, Mass.ofKilograms("99500"), KARACHI).get(0);
        assertThat(f.figures()).containsEntry("year", 2026);
        assertThat(f.cause()).isEqualTo("OVER_CAPACITY/PB-ML-1/copper/2026/exceeded");
        Extraction oldYear = RuleFixtures.extraction("copper", "1000", 31.55, 72.55, OffsetDateTime.parse("2025-12-31T18:30:00Z"));
        assertThat(policy.check(oldYear, hundredTonnes, Mass.ofKilograms("99500"), KARACHI).get(0).figures()).containsEntry("year", 2025);
    }
}
