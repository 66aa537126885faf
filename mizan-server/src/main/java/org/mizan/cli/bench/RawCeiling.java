package org.mizan.cli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * (b) The raw ceiling: the rows the sequencer wrote for one extraction event (its event, lot, lot-event
 * and reader rows), copied for as many new lots as (a) posted and written straight into the same
 * tables through the app's own pool, by COPY and by batched INSERT. The faster is the ceiling.
 */
public final class RawCeiling {

    public record Result(String method, int events, long rows, double seconds) {
        public double eventsPerSecond() {
            return events / seconds;
        }

        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private static final int EVENTS_PER_TRANSACTION = 10_000;
    private static final List<Table> TABLES = List.of(Table.CUSTODY_EVENT, Table.LOT, Table.LOT_EVENT, Table.LOT_READER);

    private final DataSource dataSource;
    private final String run;
    private final int events;
    private final String templateEventId;

    public RawCeiling(DataSource dataSource, String run, int events, String templateEventId) {
        this.dataSource = dataSource;
        this.run = run;
        this.events = events;
        this.templateEventId = templateEventId;
    }

    public Result run() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Map<Table, List<String[]>> template = template(c);
            String lot = template.get(Table.LOT).get(0)[0];
            System.out.printf("(b) Raw ceiling: %d events' rows (%s), copied from event %s, %d events per transaction%n",
                    events, rowsPerEvent(template), templateEventId, EVENTS_PER_TRANSACTION);
            Result best = null;
            for (RowWriter writer : RowWriter.values()) {
                Result r = write(c, writer, template, lot);
                System.out.printf("(b) %-6s %d rows in %.2f s = %.0f rows/s = %.0f events/s%n", writer, r.rows(), r.seconds(),
                        r.rowsPerSecond(), r.eventsPerSecond());
                best = best == null || r.eventsPerSecond() > best.eventsPerSecond() ? r : best;
            }
            System.out.printf("(b) Ceiling: %s, %.0f events/s%n", best.method(), best.eventsPerSecond());
            return best;
        }
    }

    private Result write(Connection c, RowWriter writer, Map<Table, List<String[]>> template, String templateLot) throws SQLException {
        String tag = writer.name().substring(0, 4);
        long rows = 0;
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long started = System.nanoTime();
        try {
            for (int from = 0; from < events; from += EVENTS_PER_TRANSACTION) {
                int count = Math.min(EVENTS_PER_TRANSACTION, events - from);
                long[] seqs = RowWriter.reserveSeqs(c, count);
                Map<Table, List<String[]>> chunk = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    String lot = "BENCH-" + run + "-" + tag + "-" + String.format("%07d", from + i);
                    String event = "bench-" + run + "-" + tag.toLowerCase(java.util.Locale.ROOT) + "-" + (from + i);
                    for (Table t : TABLES) {
                        for (String[] row : template.get(t)) {
                            chunk.computeIfAbsent(t, k -> new ArrayList<>()).add(renamed(t, row, templateLot, lot, event, seqs[i]));
                        }
                    }
                }
                for (Map.Entry<Table, List<String[]>> e : chunk.entrySet()) {
                    writer.write(c, e.getKey(), e.getValue());
                    rows += e.getValue().size();
                }
                c.commit();
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return new Result(writer.name(), events, rows, (System.nanoTime() - started) / 1e9);
    }

    /** The template row for a new lot and event: ids swapped wherever they occur, sequence columns renumbered. */
    private String[] renamed(Table table, String[] row, String templateLot, String lot, String event, long seq) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            String column = table.columns().get(i);
            String v = row[i];
            if (column.equals("seq") || column.endsWith("_seq")) {
                out[i] = Long.toString(seq);
            } else if (v != null) {
                out[i] = v.replace(templateLot, lot).replace(templateEventId, event);
            }
        }
        return out;
    }

    private Map<Table, List<String[]>> template(Connection c) throws SQLException {
        Map<Table, List<String[]>> rows = new LinkedHashMap<>();
        rows.put(Table.CUSTODY_EVENT, select(c, Table.CUSTODY_EVENT, "event_id = ?", templateEventId));
        String lot = select(c, Table.LOT_EVENT, "seq = cast(? as bigint)", rows.get(Table.CUSTODY_EVENT).get(0)[0]).get(0)[0];
        rows.put(Table.LOT, select(c, Table.LOT, "id = ?", lot));
        rows.put(Table.LOT_EVENT, select(c, Table.LOT_EVENT, "lot_id = ?", lot));
        rows.put(Table.LOT_READER, select(c, Table.LOT_READER, "lot_id = ?", lot));
        return rows;
    }

    private static List<String[]> select(Connection c, Table t, String where, String value) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select " + t.selectText() + " from " + t.name() + " where " + where)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[t.columns().size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("No " + t.name() + " row where " + where.replace("?", value));
        }
        return rows;
    }

    private static String rowsPerEvent(Map<Table, List<String[]>> template) {
        List<String> parts = new ArrayList<>();
        template.forEach((t, rows) -> parts.add(rows.size() + " " + t.name()));
        return String.join(" + ", parts) + " rows per event";
    }
}
