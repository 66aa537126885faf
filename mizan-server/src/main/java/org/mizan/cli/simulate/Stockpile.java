package org.mizan.cli.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Stockpiling: one mine in eight keeps its lots at the pit and trucks the month's stock on its last day, and only then
 * reports the month's extractions, weeks after the first of them (a late upload). Each event keeps its own date, so
 * the rules see an extraction arrive after later ones of other mines.
 */
final class Stockpile {

    /** A lot waiting at the pit and the anomaly its trip will carry. */
    record Kept(Economy.Ore ore, Anomalies.Kind kind) {
    }

    private final Set<String> mines;
    private final Map<String, List<Kept>> lots = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> reports = new HashMap<>();

    Stockpile(World world) {
        this.mines = IntStream.range(0, world.mines.size()).filter(i -> i % 8 == 5).mapToObj(i -> world.mines.get(i).id())
                .collect(Collectors.toSet());
    }

    boolean keeps(World.Mine mine) {
        return mines.contains(mine.id());
    }

    /** The mine's events not yet reported, to which the day's extractions are added. */
    List<Map<String, Object>> reports(World.Mine mine) {
        return reports.computeIfAbsent(mine.id(), k -> new ArrayList<>());
    }

    void keep(World.Mine mine, Kept lot) {
        lots.computeIfAbsent(mine.id(), k -> new ArrayList<>()).add(lot);
    }

    /** The lots to truck, in the order extracted; the reports go with them, so both start afresh. */
    List<Kept> empty(World.Mine mine) {
        reports.remove(mine.id());
        List<Kept> kept = lots.remove(mine.id());
        return kept == null ? List.of() : kept;
    }
}
