package org.mizan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

    private static final Instant NOW = Instant.parse("2025-10-20T08:00:00Z");
    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

    @Test
    void locksAtTheFifthFailureInARowForFifteenMinutes() {
        assertThat(policy.lockAfter(4, NOW)).isEmpty();
        assertThat(policy.lockAfter(5, NOW)).contains(Instant.parse("2025-10-20T08:15:00Z"));
    }

    @Test
    void refusesAPolicyThatWouldNeverLockOrNeverUnlock() {
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
