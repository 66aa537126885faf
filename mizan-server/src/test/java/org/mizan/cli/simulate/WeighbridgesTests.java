package org.mizan.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The scales' noise is honest both ways and within what the rules forgive; the skimmer stays under the per-trip tolerance. */
class WeighbridgesTests {

    private static final long TRUCK = 20_000_000L;
    private static final long RESOLUTION = Weighbridges.MINE_RESOLUTION_G + Weighbridges.PLANT_RESOLUTION_G;

    private final SimulationSettings settings = new SimulationSettings(11, 10, 14, 2, 28, 4, 0.02, 2025, "tt");
    private final World world = new World(settings, new Random(11));
    private final Weighbridges scales = new Weighbridges(new Random(12), world);

    @Test
    void honestScalesErrBothWaysAndNeverByMoreThanHalfTheirResolutionBeyondIt() {
        for (World.Mine mine : world.mines) {
            if (scales.skims(mine)) {
                continue;
            }
            int light = 0;
            for (int i = 0; i < 4000; i++) {
                long received = scales.received(mine, TRUCK, 0);
                light += received < TRUCK ? 1 : 0;
                assertThat(TRUCK - received).as(mine.id()).isLessThanOrEqualTo(RESOLUTION * 3 / 2);
            }
            assertThat(light).as(mine.id() + " light of 4000").isBetween(1800, 2200);
        }
    }

    @Test
    void theSkimmerTakesUnderTheToleranceFromEveryTruckOfHisOwn() {
        assertThat(world.mines.stream().filter(scales::skims).map(m -> m.licence().holder()).distinct()).containsExactly("tt-holder-0");
        for (World.Mine mine : world.mines.stream().filter(scales::skims).toList()) {
            for (int i = 0; i < 4000; i++) {
                long beyondResolution = TRUCK - scales.received(mine, TRUCK, 0) - RESOLUTION;
                assertThat(beyondResolution).as(mine.id()).isPositive().isLessThan(TRUCK / 100);
            }
        }
    }

    @Test
    void aLeakOfOneAndAHalfPercentIsBeyondTheToleranceWhateverTheScales() {
        for (World.Mine mine : world.mines) {
            long beyondResolution = TRUCK - scales.received(mine, TRUCK, 0.015) - RESOLUTION;
            assertThat(beyondResolution).as(mine.id()).isGreaterThan(TRUCK / 100);
        }
    }
}
