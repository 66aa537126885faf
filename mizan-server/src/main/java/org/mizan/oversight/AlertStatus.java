package org.mizan.oversight;

import java.util.Arrays;
import java.util.Locale;

import org.mizan.kernel.Rejection;

/** Where a case stands. */
enum AlertStatus {
    OPEN, ACKNOWLEDGED, ESCALATED, RESOLVED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AlertStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                "unknown-status", "Unknown alert status " + Rejection.quote(code) + "; known: open, acknowledged, escalated, resolved"));
    }
}
