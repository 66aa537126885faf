package org.mizan.cli.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * (h) EPCIS capture throughput for one 10,000-event document in JSON-LD and in XML, against the
 * storage ceiling of the same events (their rows written by COPY); (i) {@code MATCH_anyEPCClass}
 * latency over HTTP on a store grown to a million events, against the same query over JDBC.
 */
public final class EpcisBench {

    /** What one capture measured. */
    public record Capture(String binding, int events, double seconds) {
        public double eventsPerSecond() {
            return events / seconds;
        }
    }

    private static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final int LOTS = 10_000;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String key;
    private final DataSource dataSource;
    private final String run;

    public EpcisBench(URI base, String key, DataSource dataSource, String run) {
        this.base = base;
        this.key = key;
        this.dataSource = dataSource;
        this.run = run;
    }

    /** Captures a document of {@code events} ObjectEvents in the given binding and times it to the finished job. */
    public Capture capture(String binding, int events) throws Exception {
        boolean xml = binding.equals("xml");
        byte[] body = (xml ? xmlDocument(events, binding) : jsonDocument(events, binding)).getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(base.resolve("/epcis/capture"))
                .header("Content-Type", xml ? "application/xml" : "application/ld+json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        String job = send(HttpRequest.newBuilder(base.resolve(accepted.headers().firstValue("Location").orElseThrow())).GET()).body();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (accepted.statusCode() != 202 || !job.contains("\"success\":true")) {
            throw new IllegalStateException("Capture failed: " + accepted.statusCode() + " " + job);
        }
        Capture result = new Capture(binding, events, seconds);
        System.out.printf("(h) capture %-4s %,d events in %.2f s = %.0f events/s (%,d bytes)%n", binding, events, seconds,
                result.eventsPerSecond(), body.length);
        return result;
    }

    /** The storage ceiling: the same number of event rows and identifier rows written straight into the tables by COPY. */
    public Capture ceiling(int events) throws SQLException {
        long started = System.nanoTime();
        long first = grow(events, "ceil");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("(h) storage ceiling %,d events by COPY in %.2f s = %.0f events/s (from seq %d)%n", events, seconds,
                events / seconds, first);
        return new Capture("COPY", events, seconds);
    }

    /** Grows the store to at least {@code total} events by COPY, 100 events per lot over 10,000 lots. */
    public long growTo(long total) throws SQLException {
        long now = count();
        if (now < total) {
            System.out.printf("(i) growing the EPCIS store from %,d to %,d events by COPY ...%n", now, total);
            grow((int) (total - now), "big");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze epcis_event");
                s.execute("analyze epcis_event_object");
            }
        }
        return count();
    }

    /** MATCH_anyEPCClass for random lots, over HTTP (first page of 100) and over JDBC (same page). */
    public Latencies[] matchAnyEpcClass(int samples) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        double[] overHttp = new double[samples];
        double[] overSql = new double[samples];
        try (Connection c = dataSource.getConnection(); PreparedStatement sql = c.prepareStatement("select e.seq, e.body::text from epcis_event e "
                + "where exists (select 1 from epcis_event_object o where o.event_seq = e.seq and o.kind in ('class', 'input_class', "
                + "'output_class') and o.id = ?) and e.seq > 0 order by e.seq limit 101")) {
            for (int i = -10; i < samples; i++) {
                int lot = random.nextInt(LOTS);
                String urn = "urn:epc:class:lgtin:896000999.0011.B" + run + "big" + lot;
                long started = System.nanoTime();
                HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("/epcis/events?perPage=100&MATCH_anyEPCClass="
                        + URLEncoder.encode(urn, StandardCharsets.UTF_8))).GET());
                double http = (System.nanoTime() - started) / 1e6;
                if (page.statusCode() != 200 || !page.body().contains("B" + run + "big" + lot)) {
                    throw new IllegalStateException("Query failed: " + page.statusCode() + " " + page.body().substring(0, 200));
                }
                started = System.nanoTime();
                sql.setString(1, canonical(lot, "big"));
                int rows = 0;
                try (ResultSet rs = sql.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(2);
                        rows++;
                    }
                }
                if (i >= 0) {
                    overHttp[i] = http;
                    overSql[i] = (System.nanoTime() - started) / 1e6;
                }
                if (rows == 0) {
                    throw new IllegalStateException("No rows for lot " + lot);
                }
            }
        }
        return new Latencies[] {Latencies.of(overHttp), Latencies.of(overSql)};
    }

    private long grow(int events, String tag) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long first;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select nextval(pg_get_serial_sequence('epcis_event', 'seq'))")) {
                rs.next();
                first = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('epcis_event', 'seq'), " + (first + events) + ")");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            int chunk = 100_000;
            try {
                for (int from = 0; from < events; from += chunk) {
                    int to = Math.min(events, from + chunk);
                    StringBuilder rows = new StringBuilder();
                    StringBuilder ids = new StringBuilder();
                    for (int i = from; i < to; i++) {
                        long seq = first + i;
                        int lot = i % LOTS;
                        String body = "{\"type\": \"ObjectEvent\", \"action\": \"OBSERVE\", \"eventID\": \"urn:uuid:" + tag + run + "-" + i
                                + "\", \"eventTime\": \"2025-06-01T00:00:00Z\", \"quantityList\": [{\"epcClass\": \"urn:epc:class:lgtin:896000999.0011.B"
                                + run + tag + lot + "\", \"quantity\": 10, \"uom\": \"KGM\"}], \"eventTimeZoneOffset\": \"+00:00\"}";
                        rows.append(seq).append('\t').append("urn:uuid:").append(tag).append(run).append('-').append(i)
                                .append("\tbench-").append(run).append("\tObjectEvent\t2025-06-01 00:00:00+00\t2025-06-01 00:00:00+00\tf\t")
                                .append(body.replace("\\", "\\\\")).append('\n');
                        ids.append(seq).append("\tclass\t").append(canonical(lot, tag)).append('\n');
                    }
                    copy.copyIn("copy epcis_event (seq, event_id, captured_by, event_type, event_time, record_time, error_declared, body) from stdin",
                            new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
                    copy.copyIn("copy epcis_event_object (event_seq, kind, id) from stdin",
                            new ByteArrayInputStream(ids.toString().getBytes(StandardCharsets.UTF_8)));
                }
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e instanceof SQLException s ? s : new SQLException(e);
            }
            return first;
        }
    }

    // The canonical Digital Link of the bench lots, as capture would index them: GTIN 0896000999011 + check digit 0.
    private String canonical(int lot, String tag) {
        return "https://id.gs1.org/01/08960009990110/10/B" + run + tag + lot;
    }

    private long count() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from epcis_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String jsonDocument(int events, String tag) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < events; i++) {
            list.append(i == 0 ? "" : ",").append("{\"type\":\"ObjectEvent\",\"eventTime\":\"2025-06-01T08:00:00.").append(String.format("%03d", i % 1000))
                    .append("+05:00\",\"eventTimeZoneOffset\":\"+05:00\",\"action\":\"OBSERVE\",\"bizStep\":\"shipping\",\"disposition\":\"in_transit\",")
                    .append("\"readPoint\":{\"id\":\"urn:epc:id:sgln:896000999.001.").append(i % 50).append("\"},")
                    .append("\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:896000999.0011.").append(tag).append(run).append(i)
                    .append("\",\"quantity\":").append(100 + i % 900).append(",\"uom\":\"KGM\"}]}");
        }
        return "{\"@context\":[\"" + CONTEXT + "\"],\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2025-06-01T08:00:00Z\","
                + "\"epcisBody\":{\"eventList\":[" + list + "]}}";
    }

    private String xmlDocument(int events, String tag) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < events; i++) {
            list.append("<ObjectEvent><eventTime>2025-06-01T08:00:00.").append(String.format("%03d", i % 1000))
                    .append("+05:00</eventTime><eventTimeZoneOffset>+05:00</eventTimeZoneOffset><action>OBSERVE</action>")
                    .append("<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep><disposition>urn:epcglobal:cbv:disp:in_transit</disposition>")
                    .append("<readPoint><id>urn:epc:id:sgln:896000999.001.").append(i % 50).append("</id></readPoint>")
                    .append("<quantityList><quantityElement><epcClass>urn:epc:class:lgtin:896000999.0011.").append(tag).append(run).append(i)
                    .append("</epcClass><quantity>").append(100 + i % 900).append("</quantity><uom>KGM</uom></quantityElement></quantityList></ObjectEvent>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\" "
                + "creationDate=\"2025-06-01T08:00:00Z\"><EPCISBody><EventList>" + list + "</EventList></EPCISBody></epcis:EPCISDocument>";
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
    }
}
