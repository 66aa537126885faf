package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.LicenceNumber;
import org.mizan.registry.Licence;

class LicenceHoppingPolicyTests {

    private static final double METRE_OF_LATITUDE = 1 / 111_195.08;

    private final LicenceHoppingPolicy policy = new LicenceHoppingPolicy(100);
    // PB-ML-1 over 31.5–31.6 N, its sibling PB-ML-2 of the same holder just north over 31.7–31.8, a stranger's to the south.
    private final Licence own = RuleFixtures.copperLicence(31.5, 72.5, new BigDecimal("1000"));
    private final Licence sibling = RuleFixtures.copperLicence("PB-ML-2", "miner", 31.7, 72.5, new BigDecimal("1000"));
    private final Licence stranger = RuleFixtures.copperLicence("PB-ML-9", "other", 31.3, 72.5, new BigDecimal("1000"));
    private final List<Licence> holdings = List.of(own, sibling);

    @Test
    void firesOnExtractionBookedToOneLicenceInsideItsSiblingsArea() {
        Finding f = policy.check(RuleFixtures.extraction(31.75, 72.55), own, holdings, List.of()).orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.LICENCE_HOPPING);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.cause()).isEqualTo("LICENCE_HOPPING/ev-x");
        assertThat(f.figures()).containsEntry("reason", "inside-sibling").containsEntry("holder", "miner")
                .containsEntry("licence", "PB-ML-1").containsEntry("sibling", "PB-ML-2");
        assertThat(f.subject().licences()).extracting(LicenceNumber::value).containsExactly("PB-ML-1", "PB-ML-2");
        assertThat(f.explanation()).isEqualTo("Lot LOT-1 (event ev-x) was booked to licence PB-ML-1 but tagged at 31.75, 72.55,"
                + " inside the area of licence PB-ML-2 of the same holder miner");
    }

    @Test
    void staysQuietInsideItsOwnAreaAndInAStrangersArea() {
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), own, holdings, List.of())).isEmpty();
        // Outside the own area but in another holder's: the outside-area rule's alone.
        assertThat(policy.check(RuleFixtures.extraction(31.35, 72.55), own, List.of(own, sibling, stranger), List.of())).isEmpty();
    }

    @Test
    void theToleranceIsTheBoundaryOfTheSiblingsArea() {
        // 95 m south of the sibling's edge is inside it within tolerance; 105 m is not (and 0.1 km north of the own area).
        assertThat(policy.check(RuleFixtures.extraction(31.7 - 95 * METRE_OF_LATITUDE, 72.55), own, holdings, List.of())).isPresent();
        assertThat(policy.check(RuleFixtures.extraction(31.7 - 105 * METRE_OF_LATITUDE, 72.55), own, holdings, List.of())).isEmpty();
    }

    @Test
    void aPointNearTheOwnEdgeWithinToleranceIsNotJudgedAgainstSiblingAreas() {
        Licence adjoining = RuleFixtures.copperLicence("PB-ML-3", "miner", 31.6, 72.5, new BigDecimal("1000"));
        // 50 m north of the own edge: inside the adjoining sibling, but within the own licence's tolerance.
        assertThat(policy.check(RuleFixtures.extraction(31.6 + 50 * METRE_OF_LATITUDE, 72.55), own, List.of(own, adjoining), List.of()))
                .isEmpty();
    }

    @Test
    void firesOnAPointTheHolderBookedToASiblingEarlier() {
        LicenceHoppingPolicy.Point earlier = new LicenceHoppingPolicy.Point("ev-a", new LicenceNumber("PB-ML-2"), 31.55 + 40 * METRE_OF_LATITUDE,
                72.55, RuleFixtures.T0.minusDays(30));
        Finding f = policy.check(RuleFixtures.extraction(31.55, 72.55), own, holdings, List.of(earlier)).orElseThrow();
        assertThat(f.figures()).containsEntry("reason", "point-shared").containsEntry("sibling", "PB-ML-2").containsEntry("metresApart", 40L);
        assertThat(f.eventIds()).containsExactly("ev-a", "ev-x");
        assertThat(f.explanation()).isEqualTo("Lot LOT-1 (event ev-x) was booked to licence PB-ML-1 at 31.55, 72.55, 40 m from where the same"
                + " holder miner booked event ev-a to licence PB-ML-2 on 2025-08-02: one pit tagged under two licences (tolerance 100 m)");
    }

    @Test
    void aSharedPointCountsWithinTheToleranceOnlyAndNeverUnderTheSameLicence() {
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), own, holdings,
                List.of(point("PB-ML-2", 31.55 + 99 * METRE_OF_LATITUDE)))).isPresent();
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), own, holdings,
                List.of(point("PB-ML-2", 31.55 + 101 * METRE_OF_LATITUDE)))).isEmpty();
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), own, holdings, List.of(point("PB-ML-1", 31.55)))).isEmpty();
    }

    @Test
    void aWindowOutsideADayToTwoYearsStopsStartupWithItsName() {
        assertThatThrownBy(() -> new LicenceHoppingSettings(Duration.ofHours(23))).hasMessageContaining("licence-hopping.window");
        assertThatThrownBy(() -> new LicenceHoppingSettings(Duration.ofDays(732))).hasMessageContaining("licence-hopping.window");
        assertThat(LicenceHoppingSettings.defaults().window()).isEqualTo(Duration.ofDays(365));
    }

    private static LicenceHoppingPolicy.Point point(String licence, double lat) {
        return new LicenceHoppingPolicy.Point("ev-a", new LicenceNumber(licence), lat, 72.55, RuleFixtures.T0.minusDays(1));
    }
}
