package org.mizan.cli.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * A processing tree with one final lot on top of more than 100,000 ancestors in six processing stages:
 * ore lots blended into concentrate, refined, and cast into ever larger metal lots. Written straight
 * into lot, lot_edge and custody_event by COPY, not through the API: the point is to time the trace,
 * and building this through the sequencer would take minutes.
 */
final class TraceGraph {

    /** Lots per stage, ore first; each stage's lots split evenly among the next stage's. */
    static final int[] STAGES = {64_000, 32_000, 8_000, 2_000, 400, 40, 1};
    private static final String[][] MATERIALS = {{"cu-ore", "ore"}, {"cu-concentrate", "concentrate"},
            {"cu-concentrate", "concentrate"}, {"cu-blister", "metal"}, {"cu-cathode", "metal"}, {"cu-cathode", "metal"},
            {"cu-cathode", "metal"}};
    private static final String ORIGIN = "{\"BA-ML-2022-0117\": \"1\"}";
    private static final String GRADES = "{\"Cu\": \"0.0051\"}";
    private static final double CU = 0.0051;

    private final String run;
    private final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusDays(60);

    TraceGraph(String run) {
        this.run = run;
    }

    String lot(int stage, int index) {
        return String.format("BENCH-%s-T%d-%06d", run, stage, index);
    }

    String finalLot() {
        return lot(STAGES.length - 1, 0);
    }

    static int lots() {
        int n = 0;
        for (int s : STAGES) {
            n += s;
        }
        return n;
    }

    /** Writes the tree in one transaction; returns the number of rows written per table. */
    Map<String, Integer> write(DataSource dataSource) throws SQLException {
        Map<Table, List<String[]>> rows = new LinkedHashMap<>();
        for (Table t : List.of(Table.CUSTODY_EVENT, Table.LOT, Table.LOT_EDGE)) {
            rows.put(t, new ArrayList<>());
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long[] seqs = RowWriter.reserveSeqs(c, lots());
            int nextSeq = 0;
            long[] gross = new long[STAGES[0]];
            long[] createdSeq = new long[STAGES[0]];
            for (int i = 0; i < STAGES[0]; i++) {
                gross[i] = 25_000_000L + i % 10_000 * 1_000L;
                createdSeq[i] = seqs[nextSeq++];
                rows.get(Table.CUSTODY_EVENT).add(extraction(createdSeq[i], i, gross[i]));
            }
            for (int stage = 1; stage < STAGES.length; stage++) {
                int fan = STAGES[stage - 1] / STAGES[stage];
                long[] outGross = new long[STAGES[stage]];
                long[] outSeq = new long[STAGES[stage]];
                for (int j = 0; j < STAGES[stage]; j++) {
                    long seq = seqs[nextSeq++];
                    StringBuilder inputs = new StringBuilder();
                    long inGrams = 0;
                    for (int k = j * fan; k < (j + 1) * fan; k++) {
                        rows.get(Table.LOT_EDGE).add(new String[] {lot(stage - 1, k), lot(stage, j), Long.toString(seq),
                                Long.toString(gross[k])});
                        rows.get(Table.LOT).add(lotRow(stage - 1, k, gross[k], 0, "CONSUMED", createdSeq[k], seq));
                        inputs.append(inputs.length() == 0 ? "" : ", ").append("{\"lot\": \"").append(lot(stage - 1, k))
                                .append("\", \"massKg\": \"").append(kg(gross[k])).append("\"}");
                        inGrams += gross[k];
                        outGross[j] += gross[k] / 2;
                    }
                    outSeq[j] = seq;
                    rows.get(Table.CUSTODY_EVENT).add(processing(seq, stage, j, inputs, inGrams, outGross[j]));
                }
                gross = outGross;
                createdSeq = outSeq;
            }
            rows.get(Table.LOT).add(lotRow(STAGES.length - 1, 0, gross[0], gross[0], "AT_SITE", createdSeq[0], createdSeq[0]));
            for (Map.Entry<Table, List<String[]>> e : rows.entrySet()) {
                RowWriter.COPY.write(c, e.getKey(), e.getValue());
            }
            c.commit();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((t, r) -> counts.put(t.name(), r.size()));
        return counts;
    }

    /**
     * Events in their stored form, as the sequencer would have written them, so that the evaluators of the
     * stream read them like any other; the log is not involved, the trace is what is timed.
     */
    private String[] extraction(long seq, int i, long grams) {
        OffsetDateTime time = start.plusSeconds(i);
        String id = "bench-" + run + "-trace-ext-" + i;
        String body = String.format(Locale.ROOT, "{\"eventId\": \"%s\", \"type\": \"extracted\", \"time\": \"%s\", "
                + "\"actor\": \"fwo\", \"lot\": \"%s\", \"site\": \"chagai-copper-pit\", \"material\": \"cu-ore\", "
                + "\"form\": \"ore\", \"massKg\": \"%s\", \"grades\": %s, \"location\": {\"lat\": 29.1, \"lon\": 62.05}}",
                id, time, lot(0, i), kg(grams), GRADES);
        String facts = String.format(Locale.ROOT, "{\"eventId\": \"%s\", \"lot\": \"%s\", \"site\": \"chagai-copper-pit\", "
                + "\"operator\": \"fwo\", \"licence\": \"BA-ML-2022-0117\", \"location\": {\"latitude\": 29.1, \"longitude\": 62.05}, "
                + "\"mass\": \"%s\", \"time\": \"%s\"}", id, lot(0, i), kg(grams), time);
        return row(seq, id, "extracted", "fwo", time, body, facts);
    }

    private String[] processing(long seq, int stage, int j, CharSequence inputs, long inGrams, long outGrams) {
        OffsetDateTime time = start.plusDays(stage).plusSeconds(j);
        String id = "bench-" + run + "-trace-prc-" + stage + "-" + j;
        String body = String.format(Locale.ROOT, "{\"eventId\": \"%s\", \"type\": \"processed\", \"time\": \"%s\", "
                + "\"actor\": \"hub-minerals\", \"site\": \"hub-concentrator\", \"process\": \"blend\", \"inputs\": [%s], "
                + "\"outputs\": [{\"lot\": \"%s\", \"material\": \"%s\", \"form\": \"%s\", \"massKg\": \"%s\", \"grades\": %s}]}",
                id, time, inputs, lot(stage, j), MATERIALS[stage][0], MATERIALS[stage][1], kg(outGrams), GRADES);
        String facts = String.format(Locale.ROOT, "{\"eventId\": \"%s\", \"site\": \"hub-concentrator\", \"actor\": \"hub-minerals\", "
                + "\"process\": \"blend\", \"elements\": [{\"element\": \"Cu\", \"input\": \"%s\", \"output\": \"%s\", \"breached\": false}]}",
                id, kg(Math.round(inGrams * CU)), kg(Math.round(outGrams * CU)));
        return row(seq, id, "processed", "hub-minerals", time, body, facts);
    }

    private static String[] row(long seq, String id, String type, String actor, OffsetDateTime time, String body, String facts) {
        String t = time.toString();
        // Every event of the graph is sent by its own actor: no hub submitted it.
        return new String[] {Long.toString(seq), id, type, actor, t, t, body, facts, null};
    }

    private static String kg(long grams) {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }

    private String[] lotRow(int stage, int index, long gross, long available, String status, long created, long updated) {
        boolean ore = stage == 0;
        return new String[] {lot(stage, index), MATERIALS[stage][0], MATERIALS[stage][1], Long.toString(gross),
                Long.toString(available), GRADES, ore ? "chagai-copper-pit" : "hub-concentrator",
                ore ? "fwo" : "hub-minerals", "fwo", status, null, start.plusDays(stage + 1L).toString(), ORIGIN,
                Long.toString(created), Long.toString(updated)};
    }
}
