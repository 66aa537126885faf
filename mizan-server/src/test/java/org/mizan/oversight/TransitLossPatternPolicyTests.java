package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

class TransitLossPatternPolicyTests {

    private static final Route ROUTE = new Route(new PartyId("miner"), new SiteId("mine-1"), new SiteId("plant-1"));
    private static final long TRUCK = 30_000_000L;

    private final TransitLossPatternPolicy policy = new TransitLossPatternPolicy(OversightSettings.defaults());

    /** The trip being received, short by {@code shortKg} beyond its 40 kg of scale resolution. */
    private static Trip current(String shortKg) {
        long received = TRUCK - 40_000 - Mass.ofKilograms(shortKg).grams();
        return RuleFixtures.trip("ev-r", "30000", Mass.ofGrams(received).toKilogramsString(), Optional.of(Mass.ofKilograms("40")),
                RuleFixtures.T0.plusDays(30), RuleFixtures.T0.plusDays(60));
    }

    /** A window, most recent first: the current trip, then earlier trips short by the given grams beyond resolution (negative: heavier). */
    private static List<RouteTrip> window(Trip current, long... earlierShortGrams) {
        List<RouteTrip> out = new ArrayList<>(List.of(RouteTrip.of(current)));
        for (int i = 0; i < earlierShortGrams.length; i++) {
            long g = earlierShortGrams[i];
            out.add(new RouteTrip("ev-r" + i, RuleFixtures.T0.plusDays(29).minusHours(i), TRUCK, TRUCK - g,
                    Math.max(0, g)));
        }
        return out;
    }

    private static long[] repeat(int n, long grams) {
        long[] out = new long[n];
        java.util.Arrays.fill(out, grams);
        return out;
    }

    @Test
    void theSignTestIsTheExactBinomialTailAtOneHalf() {
        assertThat(new SignTest(10, 10).pValue()).isEqualByComparingTo("0.0009765625");
        assertThat(new SignTest(10, 9).pValue()).isEqualByComparingTo("0.0107421875");
        assertThat(new SignTest(40, 37).pValue()).isEqualByComparingTo(new BigDecimal(10701).divide(new BigDecimal(1L << 40)).round(java.math.MathContext.DECIMAL64));
        assertThat(new SignTest(4, 0).pValue()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> new SignTest(3, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firesWhenEveryTripOfTheRouteArrivesShortByLessThanTheTolerance() {
        Trip trip = current("270");
        Finding f = policy.check(trip, ROUTE, window(trip, repeat(9, 270_000))).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.TRANSIT_LOSS_PATTERN);
        assertThat(f.cause()).isEqualTo("TRANSIT_LOSS_PATTERN/ev-r");
        assertThat(f.figures()).containsEntry("trips", 10).containsEntry("tripsShort", 10).containsEntry("tripsHeavier", 0L)
                .containsEntry("shortKg", "2700").containsEntry("shortFraction", "0.009000").containsEntry("pValue", "0.000977")
                .containsEntry("operator", "miner").containsEntry("from", "mine-1").containsEntry("to", "plant-1");
        assertThat(f.eventIds()).hasSize(10).startsWith("ev-r8").endsWith("ev-r");
        assertThat(f.subject().parties()).extracting(PartyId::value).containsExactly("miner");
        assertThat(f.explanation()).contains("10 of the last 10 trips from mine-1 to plant-1 dispatched by miner arrived short",
                "0.9 % of the mass dispatched (floor 0.3 %)", "Honest scales err both ways", "probability 0.000977", "one-sided sign test");
    }

    @Test
    void fewerThanTheMinimumNumberOfTripsIsNoPattern() {
        Trip trip = current("270");
        assertThat(policy.check(trip, ROUTE, window(trip, repeat(8, 270_000)))).isEmpty();
    }

    @Test
    void nineShortOfTenCouldBeChanceAtOnePercent() {
        Trip trip = current("270");
        long[] earlier = repeat(9, 270_000);
        earlier[4] = -10_000;
        assertThat(policy.check(trip, ROUTE, window(trip, earlier))).isEmpty();
    }

    @Test
    void theFloorIsTheBoundary() {
        // Ten trucks of 30 t, 90 kg each beyond resolution: 900 kg of 300 t, exactly 0.3 %.
        Trip trip = current("90");
        assertThat(policy.check(trip, ROUTE, window(trip, repeat(9, 90_000)))).isEmpty();
        long[] oneGramMore = repeat(9, 90_000);
        oneGramMore[0] = 90_001;
        assertThat(policy.check(trip, ROUTE, window(trip, oneGramMore))).isPresent();
    }

    @Test
    void honestScatterWithTwoRealLossesIsQuiet() {
        // Half the trucks heavier, half light within resolution, two leaks of 5 %: 0.25 % in all, two short trips of 40.
        Trip trip = current("1500");
        long[] earlier = new long[39];
        for (int i = 0; i < earlier.length; i++) {
            earlier[i] = i % 2 == 0 ? -15_000 : 0;
        }
        earlier[7] = 1_500_000;
        assertThat(policy.check(trip, ROUTE, window(trip, earlier))).isEmpty();
    }

    @Test
    void aTripThatArrivedWholeRaisesNothingWhateverTheRoutesHistory() {
        Trip trip = RuleFixtures.trip("ev-r", "30000", "29990", Optional.of(Mass.ofKilograms("40")), RuleFixtures.T0.plusDays(30),
                RuleFixtures.T0.plusDays(60));
        assertThat(policy.check(trip, ROUTE, window(trip, repeat(20, 270_000)))).isEmpty();
    }
}
