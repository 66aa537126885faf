package org.mizan.cli.bench;

import java.util.Arrays;

/** Median, 95th percentile and maximum of a set of timings, in milliseconds (nearest-rank percentiles). */
public record Latencies(double p50, double p95, double max) {

    public static Latencies of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latencies(rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms", p50, p95, max);
    }
}
