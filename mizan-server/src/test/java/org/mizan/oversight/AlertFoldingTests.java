package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

class AlertFoldingTests {

    private final AlertFolding folding = new AlertFolding();
    private final RiskScore score = new RiskScore();

    private static Finding finding(RuleCode rule, String site, String lot, Map<String, Object> figures) {
        return new Finding(rule, Severity.HIGH, rule + "/" + lot, new Subject(List.of(new LotId(lot)), List.of(new SiteId(site)),
                List.of(new LicenceNumber("PB-ML-1")), List.of(new PartyId("miner"))), List.of("ev-" + lot), figures, "why");
    }

    @Test
    void findingsAboutAPlaceFoldOnThatPlaceWhateverTheLot() {
        assertThat(folding.key(finding(RuleCode.HIGH_RISK_ORIGIN, "mine-1", "A", Map.of())))
                .isEqualTo(folding.key(finding(RuleCode.HIGH_RISK_ORIGIN, "mine-1", "B", Map.of()))).hasValue("HIGH_RISK_ORIGIN/mine-1");
        assertThat(folding.key(finding(RuleCode.HIGH_RISK_ORIGIN, "mine-2", "A", Map.of())))
                .isNotEqualTo(folding.key(finding(RuleCode.HIGH_RISK_ORIGIN, "mine-1", "A", Map.of())));
    }

    @Test
    void gradeAndBalanceFindingsFoldPerElement() {
        assertThat(folding.key(finding(RuleCode.GRADE_OUTLIER, "mine-1", "A", Map.of("element", "Cu")))).hasValue("GRADE_OUTLIER/mine-1/Cu");
        assertThat(folding.key(finding(RuleCode.GRADE_OUTLIER, "mine-1", "A", Map.of("element", "Au")))).hasValue("GRADE_OUTLIER/mine-1/Au");
        assertThat(folding.key(finding(RuleCode.GRADE_UNDER_DECLARED, "mine-1", "A", Map.of("element", "Cu"))))
                .isEqualTo(folding.key(finding(RuleCode.GRADE_UNDER_DECLARED, "mine-1", "B", Map.of("element", "Cu"))))
                .hasValue("GRADE_UNDER_DECLARED/mine-1/Cu");
        assertThat(folding.key(finding(RuleCode.ELEMENT_IMBALANCE, "plant-1", "A", Map.of("element", "Cu"))))
                .hasValue("ELEMENT_IMBALANCE/plant-1/Cu");
    }

    @Test
    void aLossPatternFoldsPerOperatorAndRoute() {
        Map<String, Object> route = Map.of("operator", "miner", "from", "mine-1", "to", "plant-1");
        assertThat(folding.key(finding(RuleCode.TRANSIT_LOSS_PATTERN, "mine-1", "A", route)))
                .isEqualTo(folding.key(finding(RuleCode.TRANSIT_LOSS_PATTERN, "mine-1", "B", route)))
                .hasValue("TRANSIT_LOSS_PATTERN/miner/mine-1/plant-1");
        assertThat(folding.key(finding(RuleCode.TRANSIT_LOSS_PATTERN, "mine-1", "A", Map.of("operator", "miner", "from", "mine-1",
                "to", "plant-2")))).hasValue("TRANSIT_LOSS_PATTERN/miner/mine-1/plant-2");
    }

    @Test
    void licenceHoppingFoldsPerHolderWhateverTheSiteOrLicence() {
        assertThat(folding.key(finding(RuleCode.LICENCE_HOPPING, "mine-1", "A", Map.of("holder", "miner", "licence", "PB-ML-1"))))
                .isEqualTo(folding.key(finding(RuleCode.LICENCE_HOPPING, "mine-2", "B", Map.of("holder", "miner", "licence", "PB-ML-2"))))
                .hasValue("LICENCE_HOPPING/miner");
        assertThat(folding.key(finding(RuleCode.LICENCE_HOPPING, "mine-1", "A", Map.of("holder", "other")))).hasValue("LICENCE_HOPPING/other");
    }

    @Test
    void findingsAboutOneTripOrOneCrossingStandAlone() {
        for (RuleCode rule : List.of(RuleCode.TRANSIT_LOSS, RuleCode.IMPLAUSIBLE_TRANSIT, RuleCode.PERMIT_VIOLATION, RuleCode.OVER_CAPACITY,
                RuleCode.LICENCE_NOT_VALID)) {
            assertThat(folding.key(finding(rule, "mine-1", "A", Map.of()))).as(rule.name()).isEmpty();
        }
    }

    @Test
    void repetitionRaisesTheScoreFivePointsADoublingUpToTwenty() {
        assertThat(score.of(Severity.HIGH, 1)).isEqualTo(60);
        assertThat(score.of(Severity.HIGH, 2)).isEqualTo(65);
        assertThat(score.of(Severity.HIGH, 3)).isEqualTo(67);
        assertThat(score.of(Severity.HIGH, 16)).isEqualTo(80);
        assertThat(score.of(Severity.HIGH, 1_000_000)).isEqualTo(80);
        assertThat(score.of(Severity.LOW, 1)).isEqualTo(20);
        assertThat(score.of(Severity.MEDIUM, 1)).isEqualTo(40);
        assertThat(score.of(Severity.CRITICAL, 1)).isEqualTo(80);
        assertThat(score.of(Severity.MEDIUM, 15)).isLessThan(score.of(Severity.HIGH, 1));
        assertThatThrownBy(() -> score.of(Severity.HIGH, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecurrenceWidensItsPeriodForLateAndLaterOccurrences() {
        OffsetDateTime t = OffsetDateTime.parse("2025-09-01T08:00:00+05:00");
        Recurrence r = Recurrence.once(t).and(t.plusDays(3)).and(t.minusDays(2));
        assertThat(r).isEqualTo(new Recurrence(3, t.minusDays(2), t.plusDays(3)));
        assertThatThrownBy(() -> new Recurrence(2, t, t.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recurrence(0, t, t)).isInstanceOf(IllegalArgumentException.class);
    }
}
