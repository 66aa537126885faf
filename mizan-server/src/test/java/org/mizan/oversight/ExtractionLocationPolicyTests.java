package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.mizan.registry.Licence;

class ExtractionLocationPolicyTests {

    private static final double METRE_OF_LATITUDE = 1 / 111_195.08;

    private final ExtractionLocationPolicy policy = new ExtractionLocationPolicy(100);
    private final Licence licence = RuleFixtures.copperLicence(31.5, 72.5, new BigDecimal("1000"));

    @Test
    void doesNotFireInsideTheArea() {
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), licence)).isEmpty();
    }

    @Test
    void firesTwoKilometresOutside() {
        Finding f = policy.check(RuleFixtures.extraction(31.6 + 2000 * METRE_OF_LATITUDE, 72.55), licence).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.OUTSIDE_LICENCE_AREA);
        assertThat(((Number) f.figures().get("metresOutside")).longValue()).isBetween(1995L, 2005L);
        assertThat(f.eventIds()).containsExactly("ev-x");
    }

    @Test
    void theToleranceIsTheBoundary() {
        assertThat(policy.check(RuleFixtures.extraction(31.6 + 95 * METRE_OF_LATITUDE, 72.55), licence)).isEmpty();
        assertThat(policy.check(RuleFixtures.extraction(31.6 + 105 * METRE_OF_LATITUDE, 72.55), licence)).isPresent();
    }

    @Test
    void eastWestDistancesShrinkWithLatitude() {
        double metreOfLongitude = METRE_OF_LATITUDE / Math.cos(Math.toRadians(31.55));
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.6 + 95 * metreOfLongitude), licence)).isEmpty();
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.6 + 105 * metreOfLongitude), licence)).isPresent();
    }
}
