package org.mizan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitDurabilityPolicyTests {

    @Test
    void durableOnlyWithFsyncOnAndACommitThatWaitsForItsWal() {
        assertThat(new CommitDurabilityPolicy("on", "on").refusal()).isEmpty();
        assertThat(new CommitDurabilityPolicy("on", "local").refusal()).isEmpty();
        assertThat(new CommitDurabilityPolicy("on", "remote_apply").refusal()).isEmpty();
        assertThat(new CommitDurabilityPolicy("off", "on").refusal()).get().asString().contains("fsync = on");
        assertThat(new CommitDurabilityPolicy("on", "off").refusal()).get().asString().contains("synchronous_commit = on");
        assertThat(new CommitDurabilityPolicy("OFF", "on").refusal()).isPresent();
    }
}
