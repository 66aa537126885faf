package org.mizan.custody.stream;

import java.util.function.LongSupplier;

/**
 * When a reader of the committed stream gives way to ingest: while the single writer is busy and the reader is
 * fewer than {@code maxLag} records behind. Evaluation competes with ingest for the same processors and the same
 * database; deferred, it catches up as soon as ingest pauses. The bound keeps the lag finite under sustained
 * peak ingest: past it, the reader evaluates as if ingest were idle, and alerts are at most that many records late.
 */
public record IngestYieldPolicy(long maxLag) {

    public IngestYieldPolicy {
        if (maxLag < 0) {
            throw new IllegalArgumentException("mizan.stream.yield-max-lag must be 0 or more records, got " + maxLag);
        }
    }

    /** 0: never give way. */
    public static IngestYieldPolicy never() {
        return new IngestYieldPolicy(0);
    }

    /** The lag is read only while ingest is busy: it costs a query. */
    public boolean yields(boolean ingestBusy, LongSupplier lag) {
        return maxLag > 0 && ingestBusy && lag.getAsLong() < maxLag;
    }
}
