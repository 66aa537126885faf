package org.mizan.cli.simulate;

import java.util.Objects;

/**
 * An anomaly the simulator injected: the rule that should catch it and either the event that carries
 * it or, for yearly totals, the licence; and, for an evasion that stays under every per-event threshold or
 * a decision recorded after the events it judges, the pattern it belongs to. Written one JSON object per line.
 */
public record Label(String rule, String eventId, String licence, String pattern) {

    /** The evasion patterns and late decisions the simulation plays out, each judged by one rule. */
    public static final String UNDER_DECLARED_GRADE = "under-declared-grade";
    public static final String SKIMMING = "skimming-under-tolerance";
    public static final String LAUNDERING = "laundering-across-runs";
    public static final String HOPPING = "licence-hopping";
    public static final String RECYCLED_PERMIT = "recycled-permit";
    public static final String BACKDATED_SUSPENSION = "backdated-suspension";

    public Label {
        Objects.requireNonNull(rule, "rule");
        if (eventId == null && licence == null) {
            throw new IllegalArgumentException("a label names an event or a licence");
        }
    }

    /** A label of a single anomaly, not of a pattern. */
    public Label(String rule, String eventId, String licence) {
        this(rule, eventId, licence, null);
    }
}
