package org.mizan.oversight;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The licence-hopping rule's settings ({@code mizan.oversight.licence-hopping.*}), checked at startup: how far back
 * ({@code window}, a year) a holder's earlier extraction points are compared with a new one. A year, because a licence's
 * capacity is yearly: a pit booked to one licence in spring and to its sibling in autumn evades the same year's cap.
 */
@ConfigurationProperties("mizan.oversight.licence-hopping")
record LicenceHoppingSettings(@DefaultValue("P365D") Duration window) {

    LicenceHoppingSettings {
        if (window.compareTo(Duration.ofDays(1)) < 0 || window.compareTo(Duration.ofDays(731)) > 0) {
            throw new IllegalArgumentException("mizan.oversight.licence-hopping.window must be between a day and two years, got " + window);
        }
    }

    static LicenceHoppingSettings defaults() {
        return new LicenceHoppingSettings(Duration.ofDays(365));
    }
}
