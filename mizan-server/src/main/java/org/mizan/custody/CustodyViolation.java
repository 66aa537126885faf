package org.mizan.custody;

import java.util.Objects;
import java.util.Optional;

/**
 * A rejected event: which rule it broke, and a message naming the lot and the figures. It stays inside
 * custody: the sequencer answers it as a {@link org.mizan.kernel.Rejection} naming the rule and the event
 * ({@link CustodyProblems}), the one form in which custody refuses anything to other modules.
 */
public final class CustodyViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CustodyRule rule;
    private final String detail;
    private final transient EventId eventId;

    public CustodyViolation(CustodyRule rule, String detail) {
        this(rule, detail, null);
    }

    private CustodyViolation(CustodyRule rule, String detail, EventId eventId) {
        super(rule.code() + ": " + detail + (eventId == null ? "" : " (event " + eventId + ")"));
        this.rule = Objects.requireNonNull(rule);
        this.detail = detail;
        this.eventId = eventId;
    }

    public CustodyRule rule() {
        return rule;
    }

    public String detail() {
        return detail;
    }

    /** The rejected event, once the book knows which one of a batch it was. */
    public Optional<EventId> eventId() {
        return Optional.ofNullable(eventId);
    }

    public CustodyViolation in(EventId event) {
        return new CustodyViolation(rule, detail, event);
    }
}
