package org.mizan.oversight;

import java.util.Locale;

/** How urgent an alert is; each severity has its own response deadline (see {@link OversightSettings}). */
enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
