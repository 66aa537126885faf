package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Moisture: one mine in four leaves its ore to dry before the truck comes and records the water driven off as an
 * adjustment, 2 to 8 % of the wet mass with the moisture stated to four decimals. The dispatch then weighs the dry
 * mass and the grades rise as custody raises them (wet over dry, half-even to twelve decimals), so each element's
 * contained mass is what it was: none of it may read as a loss.
 */
final class Drying {

    /** The lot once dried: its mass, its declared grade as custody now holds it, and the factor its grades rose by. */
    record Dried(long grams, String grade, double factor) {
    }

    private final Random random;
    private final Set<String> mines;

    Drying(Random random, World world) {
        this.random = random;
        this.mines = IntStream.range(0, world.mines.size()).filter(i -> i % 4 == 3).mapToObj(i -> world.mines.get(i).id())
                .collect(Collectors.toSet());
    }

    boolean dries(World.Mine mine) {
        return mines.contains(mine.id());
    }

    Dried dry(String eventId, OffsetDateTime at, String lot, long grams, String grade, List<Map<String, Object>> out) {
        BigDecimal moisture = BigDecimal.valueOf(0.02 + 0.06 * random.nextDouble()).setScale(4, RoundingMode.HALF_EVEN);
        long water = moisture.multiply(BigDecimal.valueOf(grams)).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        long dry = grams - water;
        BigDecimal raised = new BigDecimal(grade).multiply(BigDecimal.valueOf(grams)).divide(BigDecimal.valueOf(dry), 12, RoundingMode.HALF_EVEN);
        out.add(Events.adjusted(eventId, at, lot, water, moisture.toPlainString()));
        return new Dried(dry, raised.stripTrailingZeros().toPlainString(), (double) grams / dry);
    }
}
