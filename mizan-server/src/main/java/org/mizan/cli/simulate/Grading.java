package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Grades as a deposit gives them and as people report them. A pit's lot grades are log-normal around the
 * mine's median (a spread of 0.3 in ln units: one lot in six is more than 1.35 times the median or less
 * than 1 / 1.35 of it). The miner declares each lot's grade from a field sample, within about 5 % either
 * way; the laboratory assays it later at the plant, within about 3 %. A labelled grade outlier is declared
 * eight times off, up or down, well beyond four spreads of the pit (e^(4 × 0.3) = 3.3). One mine (the first
 * copper mine not of the skimming operator) declares every lot a quarter below its field sample. One mine in six,
 * a small miner without a field laboratory, declares every lot at one nominal grade, its median to two significant
 * figures: a history of one repeated value, whose spread is nothing.
 */
final class Grading {

    static final double PIT_SPREAD = 0.3;
    static final double UNDER_DECLARED = 0.75;

    private final Random random;
    private final String underDeclarer;
    private final Set<String> nominal;

    Grading(Random random, World world) {
        this.random = random;
        String skimmer = world.licences.get(0).holder();
        this.underDeclarer = world.mines.stream().filter(m -> m.material().equals("cu-ore") && !m.licence().holder().equals(skimmer))
                .map(World.Mine::id).findFirst().orElse(null);
        this.nominal = IntStream.range(0, world.mines.size()).filter(i -> i % 6 == 4).mapToObj(i -> world.mines.get(i).id())
                .filter(id -> !id.equals(underDeclarer)).collect(Collectors.toSet());
    }

    boolean underDeclares(World.Mine mine) {
        return mine.id().equals(underDeclarer);
    }

    /** A lot's true grade around the pit's median; kept below 0.6, which no ore here reaches. */
    double pit(double median) {
        return Math.min(0.6, median * Math.exp(PIT_SPREAD * random.nextGaussian()));
    }

    double declared(World.Mine mine, double pit) {
        if (nominal.contains(mine.id())) {
            return new BigDecimal(mine.grade()).round(new MathContext(2)).doubleValue();
        }
        return pit * Math.exp(0.05 * random.nextGaussian()) * (underDeclares(mine) ? UNDER_DECLARED : 1);
    }

    /** A declaration eight times off: up unless that would pass half the mass, else down. */
    double outlier(double declared) {
        return random.nextBoolean() && declared * 8 <= 0.5 ? declared * 8 : declared / 8;
    }

    double assayed(double pit) {
        return pit * Math.exp(0.03 * random.nextGaussian());
    }
}
