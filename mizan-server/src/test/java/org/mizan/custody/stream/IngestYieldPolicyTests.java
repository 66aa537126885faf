package org.mizan.custody.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class IngestYieldPolicyTests {

    private final IngestYieldPolicy policy = new IngestYieldPolicy(1000);

    @Test
    void givesWayWhileIngestIsBusyAndTheReaderIsLessThanTheBoundBehind() {
        assertThat(policy.yields(true, () -> 999)).isTrue();
        assertThat(policy.yields(true, () -> 1000)).as("at the bound it evaluates").isFalse();
        assertThat(policy.yields(false, () -> 0)).as("ingest idle").isFalse();
    }

    @Test
    void readsTheLagOnlyWhileIngestIsBusy() {
        AtomicInteger reads = new AtomicInteger();
        policy.yields(false, () -> reads.incrementAndGet());
        assertThat(reads).hasValue(0);
        policy.yields(true, () -> reads.incrementAndGet());
        assertThat(reads).hasValue(1);
    }

    @Test
    void zeroNeverGivesWayAndANegativeBoundIsRefused() {
        assertThat(IngestYieldPolicy.never().yields(true, () -> 0)).isFalse();
        assertThatThrownBy(() -> new IngestYieldPolicy(-1)).hasMessageContaining("yield-max-lag");
    }
}
