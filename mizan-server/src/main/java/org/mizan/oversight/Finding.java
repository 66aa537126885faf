package org.mizan.oversight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A red flag a rule raised on an event: its rule and severity, what it is about, the events and
 * figures it compared, and an explanation citing them. {@code cause} identifies the red flag so
 * that evaluating the same event again can never raise it twice.
 */
record Finding(RuleCode rule, Severity severity, String cause, Subject subject, List<String> eventIds,
        Map<String, Object> figures, String explanation) {

    Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        if (cause == null || cause.isBlank() || explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("a finding needs a cause and an explanation");
        }
        eventIds = List.copyOf(eventIds);
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
