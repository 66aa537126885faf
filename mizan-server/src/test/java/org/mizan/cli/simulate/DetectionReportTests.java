package org.mizan.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DetectionReportTests {

    @Test
    void countsRecallOverLabelsAndPrecisionOverAlerts() {
        List<Label> labels = List.of(new Label("TRANSIT_LOSS", "e1", null), new Label("TRANSIT_LOSS", "e2", null),
                new Label("OVER_CAPACITY", null, "L-1"));
        List<DetectionReport.Raised> alerts = List.of(
                new DetectionReport.Raised("TRANSIT_LOSS", List.of("d1", "e1"), List.of()),
                new DetectionReport.Raised("TRANSIT_LOSS", List.of("d9", "e9"), List.of()),
                new DetectionReport.Raised("OVER_CAPACITY", List.of("x"), List.of("L-1")),
                new DetectionReport.Raised("OVER_CAPACITY", List.of("y"), List.of("L-1")),
                new DetectionReport.Raised("GRADE_OUTLIER", List.of("e2"), List.of()));
        List<DetectionReport.Row> rows = DetectionReport.compare(labels, alerts);
        assertThat(rows).containsExactly(
                new DetectionReport.Row("GRADE_OUTLIER", 0, 0, 1, 0),
                new DetectionReport.Row("OVER_CAPACITY", 1, 1, 2, 2),
                new DetectionReport.Row("TRANSIT_LOSS", 2, 1, 2, 1));
        assertThat(rows.get(0).precision()).isZero();
        assertThat(rows.get(2).recall()).isEqualTo(0.5);
        assertThat(DetectionReport.table(rows)).contains("TRANSIT_LOSS").contains("50.0%");
    }

    @Test
    void anAlertOfAnotherRuleCitingTheEventDoesNotCount() {
        var rows = DetectionReport.compare(List.of(new Label("TRANSIT_LOSS", "e1", null)),
                List.of(new DetectionReport.Raised("IMPLAUSIBLE_TRANSIT", List.of("e1"), List.of())));
        assertThat(rows).filteredOn(r -> r.rule().equals("TRANSIT_LOSS")).singleElement()
                .satisfies(r -> assertThat(r.recall()).isZero());
    }

    @Test
    void aPatternsRecallCountsItsOwnLabelsDetectedByItsRuleAlone() {
        List<Label> labels = List.of(new Label("TRANSIT_LOSS_PATTERN", "r1", null, Label.SKIMMING),
                new Label("TRANSIT_LOSS_PATTERN", "r2", null, Label.SKIMMING), new Label("TRANSIT_LOSS_PATTERN", "r3", null, Label.SKIMMING),
                new Label("LICENCE_NOT_VALID", "x1", null, Label.BACKDATED_SUSPENSION), new Label("LICENCE_NOT_VALID", "x2", null));
        List<DetectionReport.Raised> alerts = List.of(
                new DetectionReport.Raised("TRANSIT_LOSS_PATTERN", List.of("r1", "r2"), List.of()),
                // Another rule citing a skimmed trip does not detect the pattern.
                new DetectionReport.Raised("TRANSIT_LOSS", List.of("r3"), List.of()),
                new DetectionReport.Raised("LICENCE_NOT_VALID", List.of("x1", "x2"), List.of()));

        List<DetectionReport.PatternRow> rows = DetectionReport.patterns(labels, alerts);

        assertThat(rows).containsExactly(new DetectionReport.PatternRow(Label.BACKDATED_SUSPENSION, "LICENCE_NOT_VALID", 1, 1),
                new DetectionReport.PatternRow(Label.SKIMMING, "TRANSIT_LOSS_PATTERN", 3, 2));
        assertThat(rows.get(1).recall()).isEqualTo(2 / 3.0);
        assertThat(DetectionReport.patternTable(rows)).contains(Label.SKIMMING).contains("66.7%");
    }
}
