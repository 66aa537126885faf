package org.mizan.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * (k) The EITI Summary Data workbook of a fiscal year holding a million royalty receipts (one per assessment,
 * as a treasury e-challan is per dispatch), spread over 2,000 projects of 200 companies and two revenue
 * streams. The receipts are written straight into {@code fiscal_receipt} by one INSERT ... SELECT (their log
 * entries are not made: the workbook does not read them), then the workbook and the tidy CSV are fetched
 * over HTTP. Memory is the JVM's peak heap in use while the answer is built, above the heap in use after a
 * collection just before: an upper bound, since it counts garbage not yet collected.
 */
public final class DisclosureBench {

    /** What one fetch measured. */
    public record Fetch(String format, double seconds, long bytes, long peakHeapMb) {
    }

    /** The receipts written and the two fetches. */
    public record Result(long receipts, Fetch workbook, Fetch csv) {
    }

    static final String YEAR = "2040-41";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final DataSource dataSource;
    private final String run;

    public DisclosureBench(URI base, DataSource dataSource, String run) {
        this.base = base;
        this.dataSource = dataSource;
        this.run = run;
    }

    public Result run(int receipts) throws Exception {
        System.out.printf("(k) Writing %,d receipts of fiscal year %s ...%n", receipts, YEAR);
        long written = write(receipts);
        fetch("xlsx", "warm-up");
        Fetch workbook = fetch("xlsx", "timed");
        Fetch csv = fetch("csv", "timed");
        return new Result(written, workbook, csv);
    }

    /** Waits until royalty assessment has read every committed event; returns how long that took. */
    public static double secondsToAssess(DataSource dataSource) throws Exception {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select (select seq from fiscal_cursor where name = 'custody') >= (select coalesce(max(seq), 0) from custody_event)")) {
            while (true) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                }
                if (System.nanoTime() - started > Duration.ofMinutes(10).toNanos()) {
                    throw new IllegalStateException("royalty assessment did not catch up within 10 minutes");
                }
                Thread.sleep(50);
            }
        }
    }

    private long write(int receipts) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long offset;
            try (PreparedStatement s = c.prepareStatement("select coalesce(max(log_index), 0) + 1000000000000 from fiscal_receipt");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                offset = rs.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into fiscal_receipt (company, licence, gfs_code, amount, currency, received_on, fiscal_year, challan, government,
                        recorded_by, body, salt, log_index, at)
                    select 'bench-co-' || (i % 200), 'BENCH-' || ? || '-L' || lpad((i % 2000)::text, 4, '0'),
                        case when i % 5 = 0 then '114521E' else '1415E1' end, round(1000 + (i::bigint * 7919 % 500000) + (i % 100) / 100.0, 2), 'PKR',
                        date '2040-07-01' + (i % 365), ?, ? || '-' || i, 'bench-treasury-' || (i % 4), 'bench-treasury-0', '{}'::jsonb,
                        '\\x00'::bytea, ? + i, now()
                    from generate_series(1, ?) i""")) {
                s.setString(1, run);
                s.setString(2, YEAR);
                s.setString(3, "BENCH-" + run);
                s.setLong(4, offset);
                s.setInt(5, receipts);
                return s.executeUpdate();
            }
        }
    }

    private Fetch fetch(String format, String label) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/eiti/summary-data/" + YEAR + "." + format))
                .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        sampler.join();
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET summary-data." + format + " answered " + answer.statusCode());
        }
        Fetch fetch = new Fetch(format, seconds, answer.body().length, (peak.get() - before) >> 20);
        System.out.printf("(k) %s, %s: %.2f s, %,d bytes, peak heap %,d MB above the baseline%n", format, label, seconds, fetch.bytes(), fetch.peakHeapMb());
        return fetch;
    }
}
