package org.mizan.cli.simulate;

import java.util.Objects;

/**
 * An anomaly the simulator injected: the rule that should catch it and either the event that carries
 * it or, for yearly totals, the licence. Written one JSON object per line.
 */
public record Label(String rule, String eventId, String licence) {

    public Label {
        Objects.requireNonNull(rule, "rule");
        if (eventId == null && licence == null) {
            throw new IllegalArgumentException("a label names an event or a licence");
        }
    }
}
