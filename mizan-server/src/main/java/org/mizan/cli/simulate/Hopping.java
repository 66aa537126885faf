package org.mizan.cli.simulate;

import java.util.Optional;
import java.util.Random;

/**
 * The licence hopper: the holder of licence 1 also holds {@link World#SIBLING}, and one pit near the south-west corner of
 * licence 1 produces for both. A third of the honest lots of each licence's first mine are tagged at the pit. A lot booked
 * to the sibling there lies inside licence 1's area and outside its own, so it is labelled for licence hopping and for
 * the outside-area rule; a lot booked to licence 1 at the pit is inside its own area and labelled once the sibling has
 * booked a lot there, since from then on the pit is a point the holder booked to two licences.
 */
final class Hopping {

    private final Random random;
    private final Optional<World.Mine> own;
    private final Optional<World.Mine> sibling;
    private final double[] pit;
    private boolean siblingBooked;

    Hopping(Random random, World world) {
        this.random = random;
        World.Licence first = world.licences.get(Math.min(1, world.licences.size() - 1));
        Optional<World.Licence> second = world.licences.stream().skip(World.SIBLING).findFirst().filter(l -> l.holder().equals(first.holder()));
        this.own = second.flatMap(l -> firstMine(world, first));
        this.sibling = second.flatMap(l -> firstMine(world, l));
        // 0.05 of a cell from the corner: 220 m inside the area, and more than the 100 m tolerance from where honest lots are tagged.
        this.pit = new double[] {first.lat() + World.CELL * 0.05, first.lon() + World.CELL * 0.05};
    }

    /** True for a lot of the hopper's two mines that is tagged at the shared pit; draws for those mines only. */
    boolean atPit(World.Mine mine) {
        return (own.filter(mine::equals).isPresent() || sibling.filter(mine::equals).isPresent()) && random.nextDouble() < 1 / 3.0;
    }

    double[] pit() {
        return pit.clone();
    }

    void label(World.Mine mine, String eventId, Anomalies anomalies) {
        if (sibling.filter(mine::equals).isPresent()) {
            siblingBooked = true;
            anomalies.addPattern("LICENCE_HOPPING", Label.HOPPING, eventId);
            anomalies.add("OUTSIDE_LICENCE_AREA", eventId);
        } else if (siblingBooked) {
            anomalies.addPattern("LICENCE_HOPPING", Label.HOPPING, eventId);
        }
    }

    private static Optional<World.Mine> firstMine(World world, World.Licence licence) {
        return world.mines.stream().filter(m -> m.licence().equals(licence)).findFirst();
    }
}
