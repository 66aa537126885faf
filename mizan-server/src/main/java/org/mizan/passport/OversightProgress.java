package org.mizan.passport;

/**
 * How far oversight had evaluated the committed custody stream when a passport was assembled:
 * alerts for events after {@code evaluatedThrough} may not have been raised yet, and records set
 * aside as unreadable were not evaluated at all.
 *
 * @param evaluatedThrough the sequence number of the last event oversight has evaluated
 * @param committedThrough the sequence number of the newest committed event
 * @param setAside how many committed records oversight set aside instead of evaluating
 */
public record OversightProgress(long evaluatedThrough, long committedThrough, long setAside) {

    public OversightProgress {
        if (evaluatedThrough < 0 || committedThrough < 0 || setAside < 0) {
            throw new IllegalArgumentException("Oversight progress cannot be negative");
        }
    }

    /** Whether committed events remain that oversight has not yet evaluated. */
    public boolean lagging() {
        return evaluatedThrough < committedThrough;
    }
}
