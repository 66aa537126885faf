package org.mizan.cli.simulate;

import java.util.Random;

/**
 * What the scales read at each end of a trip. Every weighbridge states its resolution (a mine's 20 kg,
 * a plant's 10 kg) and errs both ways: an honest receipt reads the dispatched mass give or take up to
 * 90 % of the two resolutions, so it is never short beyond them; but one mine in five has a scale
 * worse than it states and errs up to 1.5 times its stated resolution, still both ways. The evasion is
 * a hauler skimming under the per-trip tolerance: every truck of one operator (the first licence's
 * holder) arrives 0.6 % to 0.9 % light, plus the same scale error, so no single trip reaches the 1 %
 * tolerance even beyond the scales' resolution.
 */
final class Weighbridges {

    static final long MINE_RESOLUTION_G = 20_000;
    static final long PLANT_RESOLUTION_G = 10_000;

    private final Random random;
    private final String skimmer;

    Weighbridges(Random random, World world) {
        this.random = random;
        this.skimmer = world.licences.get(0).holder();
    }

    /** True for the trips of the operator who skims. */
    boolean skims(World.Mine mine) {
        return mine.licence().holder().equals(skimmer);
    }

    /** What the plant's scale reads for a lot dispatched at {@code grams}, with or without a leak of {@code leak} of it. */
    long received(World.Mine mine, long grams, double leak) {
        double scatter = understated(mine) ? 1.5 : 0.9;
        double error = (2 * random.nextDouble() - 1) * scatter * (MINE_RESOLUTION_G + PLANT_RESOLUTION_G);
        double skim = skims(mine) ? 0.006 + 0.003 * random.nextDouble() : 0;
        return Math.max(0, Math.round(grams * (1 - leak - skim) + error));
    }

    private static boolean understated(World.Mine mine) {
        return Math.floorMod(mine.id().hashCode(), 5) == 0;
    }
}
