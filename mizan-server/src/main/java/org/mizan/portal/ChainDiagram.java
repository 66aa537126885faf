package org.mizan.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportChain;

/**
 * Lays a passport's chain out as columns for an inline SVG: mined lots on the left, each processed lot
 * one column right of its furthest input, the consignment last. Only the lots that led to the
 * consignment are drawn.
 */
final class ChainDiagram {

    static final int COLUMN = 250;
    static final int ROW = 62;
    static final int BOX_WIDTH = 210;
    static final int BOX_HEIGHT = 46;
    private static final int MARGIN = 10;
    /** Boxes drawn per column; the rest of a column is one box that counts them, so a huge chain stays a small page. */
    static final int ROWS = 12;

    record Box(String id, String label, String detail, int x, int y, boolean consignment) {
    }

    record Link(int x1, int y1, int x2, int y2) {

        /** A gentle S-curve from the right edge of one box to the left edge of the next. */
        public String path() {
            int mid = (x1 + x2) / 2;
            return "M" + x1 + "," + y1 + " C" + mid + "," + y1 + " " + mid + "," + y2 + " " + x2 + "," + y2;
        }
    }

    record Layout(List<Box> boxes, List<Link> links, int width, int height) {
    }

    private ChainDiagram() {
    }

    static Layout of(Passport passport) {
        Map<String, PassportChain.Lot> lots = new LinkedHashMap<>();
        passport.chain().lots().forEach(l -> lots.put(l.id(), l));
        Map<String, List<String>> parents = new HashMap<>();
        passport.chain().edges().forEach(e -> parents.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
        Map<String, Integer> depth = new LinkedHashMap<>();
        lots.keySet().forEach(id -> depth(id, parents, depth));
        int last = depth.values().stream().max(Integer::compare).orElse(0) + 1;
        Map<Integer, Integer> rows = new HashMap<>();
        Map<String, Box> boxes = new LinkedHashMap<>();
        Map<Integer, Integer> hidden = new HashMap<>();
        lots.forEach((id, lot) -> {
            int column = depth.get(id);
            if (rows.getOrDefault(column, 0) < ROWS - 1) {
                boxes.put(id, box(id, lot.material() + ", " + lot.form(), column, rows, false));
            } else {
                hidden.merge(column, 1, Integer::sum);
            }
        });
        List<Box> more = new ArrayList<>();
        hidden.forEach((column, count) -> more.add(box("… and " + count + (count == 1 ? " more lot" : " more lots"),
                "listed in the evidence", column, rows, false)));
        String consignment = passport.passportIdentifier();
        Box end = box(consignment, "exported consignment", last, rows, true);
        List<Link> links = new ArrayList<>();
        parents.forEach((child, from) -> from.stream().filter(boxes::containsKey).filter(p -> boxes.containsKey(child))
                .forEach(p -> links.add(link(boxes.get(p), boxes.get(child)))));
        passport.lines().forEach(l -> {
            Box line = boxes.get(l.lot());
            if (line != null) {
                links.add(link(line, end));
            }
        });
        List<Box> all = new ArrayList<>(boxes.values());
        all.addAll(more);
        all.add(end);
        int height = rows.values().stream().max(Integer::compare).orElse(1) * ROW + MARGIN;
        return new Layout(all, links, (last + 1) * COLUMN, height);
    }

    private static int depth(String id, Map<String, List<String>> parents, Map<String, Integer> memo) {
        Integer known = memo.get(id);
        if (known != null) {
            return known;
        }
        memo.put(id, 0);
        int d = parents.getOrDefault(id, List.of()).stream().mapToInt(p -> depth(p, parents, memo) + 1).max().orElse(0);
        memo.put(id, d);
        return d;
    }

    private static Box box(String id, String detail, int column, Map<Integer, Integer> rows, boolean consignment) {
        int row = rows.merge(column, 1, Integer::sum) - 1;
        return new Box(id, id, detail, MARGIN + column * COLUMN, MARGIN + row * ROW, consignment);
    }

    private static Link link(Box from, Box to) {
        return new Link(from.x() + BOX_WIDTH, from.y() + BOX_HEIGHT / 2, to.x(), to.y() + BOX_HEIGHT / 2);
    }
}
