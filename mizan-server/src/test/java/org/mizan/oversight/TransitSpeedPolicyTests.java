package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransitSpeedPolicyTests {

    // Chagai (29.10, 62.05) to Hub (25.05, 66.90): about 655 km great-circle, 917 km by road at a 1.4 detour.
    private final TransitSpeedPolicy policy = new TransitSpeedPolicy(1.4, 80);

    private java.util.Optional<Finding> after(long minutes) {
        return policy.check(RuleFixtures.trip("30000", "30000", minutes, RuleFixtures.T0.plusDays(3)), 29.10, 62.05, 25.05, 66.90);
    }

    @Test
    void doesNotFireForADayAndAHalfOnTheRoad() {
        assertThat(after(36 * 60)).isEmpty();
    }

    @Test
    void firesForAnArrivalTwoHoursLater() {
        Finding f = after(120).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.IMPLAUSIBLE_TRANSIT);
        assertThat((Double) f.figures().get("roadKm")).isBetween(910.0, 925.0);
        assertThat(f.explanation()).contains("ev-d").contains("ev-r");
    }

    @Test
    void theBoundaryIsRoadDistanceOverMaximumSpeed() {
        double km = Distances.greatCircleKm(29.10, 62.05, 25.05, 66.90) * 1.4;
        long minimumMinutes = (long) Math.ceil(km / 80 * 60);
        assertThat(after(minimumMinutes)).isEmpty();
        assertThat(after(minimumMinutes - 1)).isPresent();
    }

    @Test
    void greatCircleDistanceMatchesAKnownValue() {
        // Karachi (24.86, 67.01) to Islamabad (33.68, 73.05): about 1,140 km.
        assertThat(Distances.greatCircleKm(24.86, 67.01, 33.68, 73.05)).isBetween(1130.0, 1150.0);
    }
}
