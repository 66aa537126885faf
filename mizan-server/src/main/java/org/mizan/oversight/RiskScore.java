package org.mizan.oversight;

/**
 * An alert's place in the queue, 0 to 100: its severity sets the base (critical 80, high 60, medium 40,
 * low 20) and repetition adds up to 20, five points per doubling of its occurrences, so that a pattern
 * seen sixteen times outranks one event of the same severity but never a more severe one seen once.
 */
final class RiskScore {

    int of(Severity severity, int occurrences) {
        if (occurrences < 1) {
            throw new IllegalArgumentException("an alert has at least one occurrence, got " + occurrences);
        }
        int repetition = (int) Math.min(20, Math.floor(5 * Math.log(occurrences) / Math.log(2)));
        return base(severity) + repetition;
    }

    private static int base(Severity severity) {
        switch (severity) {
            case CRITICAL:
                return 80;
            case HIGH:
                return 60;
            case MEDIUM:
                return 40;
            default:
                return 20;
        }
    }
}
