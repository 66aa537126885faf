package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportChain;
import org.mizan.log.passport.PassportLine;

/** The chain drawing: columns by processing depth, and a bounded drawing however long the chain. */
class ChainDiagramTests {

    private static Passport passport(int ores) {
        List<PassportChain.Lot> lots = new ArrayList<>();
        List<PassportChain.Edge> edges = new ArrayList<>();
        for (int i = 0; i < ores; i++) {
            lots.add(new PassportChain.Lot("ORE-" + i, "cu-ore", "ore", "mine"));
            edges.add(new PassportChain.Edge("ORE-" + i, "CON-1", "p1"));
        }
        lots.add(new PassportChain.Lot("CON-1", "cu-concentrate", "concentrate", "plant"));
        PassportLine line = new PassportLine("CON-1", null, null, null, null, null, null, null, null);
        return new Passport(null, "X-1", null, List.of(line), null, null, new PassportChain(List.of(), List.of(), lots, edges), null, null,
                null, null, null, null, null);
    }

    @Test
    void placesEachLotOneColumnRightOfItsFurthestInputAndTheConsignmentLast() {
        ChainDiagram.Layout layout = ChainDiagram.of(passport(2));
        assertThat(layout.boxes()).extracting(ChainDiagram.Box::label).containsExactly("ORE-0", "ORE-1", "CON-1", "X-1");
        assertThat(layout.boxes()).extracting(ChainDiagram.Box::x).containsExactly(10, 10, 260, 510);
        assertThat(layout.boxes()).extracting(ChainDiagram.Box::y).containsExactly(10, 72, 10, 10);
        assertThat(layout.links()).hasSize(3);
        assertThat(layout.links().get(0).path()).isEqualTo("M220,33 C240,33 240,33 260,33");
        assertThat(layout.width()).isEqualTo(750);
        assertThat(layout.height()).isEqualTo(2 * 62 + 10);
    }

    @Test
    void aLongColumnIsCutToElevenLotsAndOneBoxThatCountsTheRest() {
        ChainDiagram.Layout layout = ChainDiagram.of(passport(30));
        List<String> firstColumn = layout.boxes().stream().filter(b -> b.x() == 10).map(ChainDiagram.Box::label).toList();
        assertThat(firstColumn).hasSize(ChainDiagram.ROWS);
        assertThat(firstColumn.get(ChainDiagram.ROWS - 1)).isEqualTo("… and 19 more lots");
        // Links only between drawn boxes: 11 ores to the concentrate, the concentrate to the consignment.
        assertThat(layout.links()).hasSize(11 + 1);
        assertThat(layout.height()).isEqualTo(ChainDiagram.ROWS * 62 + 10);
    }
}
