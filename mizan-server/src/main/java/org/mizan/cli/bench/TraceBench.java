package org.mizan.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * (c) Upstream trace of one final lot with more than 100,000 ancestors: timed through the API, and
 * also as bare SQL (the two recursive queries the trace endpoint runs) so the cost of building and
 * sending a large JSON answer is visible apart from the database's.
 */
public final class TraceBench {

    public record Result(int lots, int edges, Latencies http, Latencies sql, Latencies sqlLots, Latencies sqlEdges) {
    }

    private static final int WARM_UPS = 3;
    // The same recursive walk as the trace endpoint's, upstream: lots reached, then the edges into them.
    private static final String REACH = "with recursive reach(lot) as (select cast(? as text) union "
            + "select e.parent from lot_edge e join reach r on e.child = r.lot)\n";
    private static final String LOTS = REACH + "select l.id, l.material, l.form, l.gross_g, l.available_g, l.status, l.site, "
            + "l.origin::text as origin from lot l join reach r on l.id = r.lot order by l.id";
    private static final String EDGES = REACH + "select e.parent, e.child, e.seq, c.event_id, e.mass_g from lot_edge e "
            + "join reach r on e.child = r.lot join custody_event c on c.seq = e.seq order by e.seq, e.parent, e.child";

    private final URI base;
    private final String adminKey;
    private final DataSource dataSource;
    private final TraceGraph graph;
    private final int runs;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public TraceBench(URI base, String adminKey, DataSource dataSource, String run, int runs) {
        this.base = base;
        this.adminKey = adminKey;
        this.dataSource = dataSource;
        this.graph = new TraceGraph(run);
        this.runs = runs;
    }

    public Result run() throws Exception {
        System.out.printf("(c) Building a tree of %d lots in %d processing stages straight into the tables by COPY"
                + " (not through the API) ...%n", TraceGraph.lots(), TraceGraph.STAGES.length - 1);
        long started = System.nanoTime();
        Map<String, Integer> written = graph.write(dataSource);
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("analyze lot; analyze lot_edge; analyze custody_event");
        }
        System.out.printf("(c) Wrote %s rows in %.1f s (and analysed the tables)%n", written, (System.nanoTime() - started) / 1e9);

        URI trace = base.resolve("/api/v1/lots/" + graph.finalLot() + "/trace?direction=upstream");
        HttpRequest request = HttpRequest.newBuilder(trace).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + adminKey).GET().build();
        byte[] first = get(request);
        JsonNode answer = JsonMapper.builder().build().readTree(first);
        int lots = answer.get("lots").size();
        int edges = answer.get("edges").size();
        System.out.printf("(c) GET %s: %d lots (the final lot and %d ancestors), %d edges, %d bytes%n", trace.getPath(),
                lots, lots - 1, edges, first.length);
        double[] millis = new double[runs];
        // The first request above was the first warm-up.
        for (int i = -WARM_UPS + 1; i < runs; i++) {
            long t = System.nanoTime();
            get(request);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Latencies overHttp = Latencies.of(millis);
        System.out.printf("(c) HTTP, %d runs after %d warm-ups: %s%n", runs, WARM_UPS, overHttp);

        double[] lotsMs = new double[runs];
        double[] edgesMs = new double[runs];
        double[] bothMs = new double[runs];
        try (Connection c = dataSource.getConnection()) {
            for (int i = -WARM_UPS; i < runs; i++) {
                long t0 = System.nanoTime();
                int l = fetch(c, LOTS);
                long t1 = System.nanoTime();
                int e = fetch(c, EDGES);
                long t2 = System.nanoTime();
                if (l != lots || e != edges) {
                    throw new IllegalStateException("SQL found " + l + " lots and " + e + " edges, the API " + lots + " and " + edges);
                }
                if (i >= 0) {
                    lotsMs[i] = (t1 - t0) / 1e6;
                    edgesMs[i] = (t2 - t1) / 1e6;
                    bothMs[i] = (t2 - t0) / 1e6;
                }
            }
        }
        Result result = new Result(lots, edges, overHttp, Latencies.of(bothMs), Latencies.of(lotsMs), Latencies.of(edgesMs));
        System.out.printf("(c) SQL only (JDBC, all rows fetched): both queries %s; lots query %s; edges query %s%n%n",
                result.sql(), result.sqlLots(), result.sqlEdges());
        return result;
    }

    private byte[] get(HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** Runs a query and reads every column of every row, as the endpoint's mapping does; returns the row count. */
    private int fetch(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, graph.finalLot());
            s.setFetchSize(0);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                int rows = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
                return rows;
            }
        }
    }
}
