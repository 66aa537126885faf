package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Thresholds outside sane ranges stop startup with the property's name in the message. */
class OversightSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(OversightConfiguration.class);

    @Test
    void defaultsBind() {
        context.run(c -> {
            assertThat(c).hasNotFailed();
            OversightSettings s = c.getBean(OversightSettings.class);
            assertThat(s.gpsToleranceMetres()).isEqualTo(100);
            assertThat(s.transitLossTolerance("copper")).isEqualByComparingTo("0.01");
            assertThat(s.sla(Severity.CRITICAL)).hasHours(24);
            assertThat(s.lossPatternWindow()).hasDays(90);
            assertThat(s.lossPatternTrips()).isEqualTo(40);
            assertThat(s.lossPatternMinTrips()).isEqualTo(10);
            assertThat(s.lossPatternFloor()).isEqualByComparingTo("0.003");
            assertThat(s.lossPatternSignificance()).isEqualByComparingTo("0.01");
            assertThat(s.gradeOutlierMads()).isEqualTo(4);
            assertThat(s.gradeMinSpreadFactor()).isEqualTo(1.1);
            assertThat(s.underDeclaredPairs()).isEqualTo(40);
            assertThat(s.underDeclaredMinPairs()).isEqualTo(10);
            assertThat(s.underDeclaredRatio()).isEqualByComparingTo("1.10");
            assertThat(s.underDeclaredSignificance()).isEqualByComparingTo("0.01");
            assertThat(s).isEqualTo(OversightSettings.defaults());
        });
    }

    @Test
    void perMineralAndProcessValuesOverrideTheDefault() {
        context.withPropertyValues("mizan.oversight.transit-loss-tolerance-by-mineral.antimony=0.003",
                "mizan.oversight.element-tolerance-by-process.leaching=0.05", "mizan.oversight.high-risk-areas=PK-PB/Khushab,PK-KP")
                .run(c -> {
                    OversightSettings s = c.getBean(OversightSettings.class);
                    assertThat(s.transitLossTolerance("antimony")).isEqualByComparingTo("0.003");
                    assertThat(s.transitLossTolerance("copper")).isEqualByComparingTo("0.01");
                    assertThat(s.elementTolerance("leaching")).isEqualByComparingTo("0.05");
                    assertThat(s.highRiskAreas()).containsExactly("PK-PB/Khushab", "PK-KP");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "gps-tolerance-metres=-1; gps-tolerance-metres",
        "gps-tolerance-metres=5001; gps-tolerance-metres",
        "capacity-warn-fraction=1.5; capacity-warn-fraction",
        "element-tolerance=0.9; element-tolerance",
        "element-tolerance-by-process.smelting=-0.1; element-tolerance-by-process.smelting",
        "transit-loss-tolerance=0.5; transit-loss-tolerance",
        "transit-loss-tolerance-by-mineral.copper=0.3; transit-loss-tolerance-by-mineral.copper",
        "detour-factor=0.5; detour-factor",
        "max-speed-kmh=500; max-speed-kmh",
        "grade-outlier-mads=1; grade-outlier-mads",
        "grade-min-history=1; grade-min-history",
        "grade-min-spread-factor=1; grade-min-spread-factor",
        "under-declared-pairs=2; under-declared-pairs",
        "under-declared-min-pairs=41; under-declared-min-pairs",
        "under-declared-ratio=0.9; under-declared-ratio",
        "under-declared-significance=0; under-declared-significance",
        "high-risk-areas=Khushab; high-risk-areas",
        "sla-high=PT0S; sla-",
        "loss-pattern-window=PT1H; loss-pattern-window",
        "loss-pattern-trips=2000; loss-pattern-trips",
        "loss-pattern-min-trips=41; loss-pattern-min-trips",
        "loss-pattern-floor=0.5; loss-pattern-floor",
        "loss-pattern-significance=0; loss-pattern-significance"})
    void insaneThresholdsStopStartup(String setting, String named) {
        context.withPropertyValues("mizan.oversight." + setting).run(c -> {
            assertThat(c).hasFailed();
            Throwable cause = c.getStartupFailure();
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertThat(cause).hasMessageContaining("mizan.oversight." + named);
        });
    }
}
