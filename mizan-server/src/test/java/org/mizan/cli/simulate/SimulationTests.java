package org.mizan.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The generator alone: reproducible from its seed, and injecting every kind of anomaly it labels. */
class SimulationTests {

    private static List<Object> generate(long seed) {
        SimulationSettings s = new SimulationSettings(seed, 10, 14, 2, 28, 4, 0.02, 2025, "tt");
        Random random = new Random(seed);
        World world = new World(s, random);
        Economy economy = new Economy(s, world, random);
        List<Object> out = new ArrayList<>();
        for (int w = 0; w < economy.weeks(); w++) {
            out.addAll(economy.week(w));
        }
        out.addAll(economy.labels());
        return out;
    }

    @Test
    void theSameSeedGivesTheSameYearAndAnotherSeedAnother() {
        assertThat(generate(3)).isEqualTo(generate(3));
        assertThat(generate(3)).isNotEqualTo(generate(4));
    }

    @Test
    void labelsCoverTheEventLevelRules() {
        List<String> rules = generate(5).stream().filter(o -> o instanceof Label).map(o -> ((Label) o).rule()).distinct().toList();
        assertThat(rules).contains("LICENCE_NOT_VALID", "OUTSIDE_LICENCE_AREA", "TRANSIT_LOSS", "IMPLAUSIBLE_TRANSIT",
                "PERMIT_VIOLATION", "HIGH_RISK_ORIGIN", "TRANSIT_LOSS_PATTERN");
    }

    @Test
    void settingsOutsideTheirRangesAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SimulationSettings(1, 10, 5, 2, 28, 4, 0.02, 2025, "tt"))
                .hasMessageContaining("mines");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SimulationSettings(1, 10, 14, 2, 400, 4, 0.02, 2025, "tt"))
                .hasMessageContaining("days");
    }
}
