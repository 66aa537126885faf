package org.mizan.custody.sequencer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mizan.kernel.Rejection;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;

/** Turns a broken custody invariant into a problem that names the rule. */
public final class CustodyProblems {

    private static final Set<CustodyRule> CONFLICTS = Set.of(CustodyRule.EVENT_ID_REUSED, CustodyRule.LOT_EXISTS,
            CustodyRule.OUTPUT_LOT_EXISTS);

    private CustodyProblems() {
    }

    public static Rejection of(CustodyViolation violation) {
        Rejection.Kind kind = CONFLICTS.contains(violation.rule()) ? Rejection.Kind.CONFLICT : Rejection.Kind.INVALID;
        String slug = "custody-" + violation.rule().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Rejection rejection = new Rejection(kind, slug, violation.getMessage(), Map.of("rule", violation.rule().name()));
        return violation.eventId().map(id -> rejection.with("eventId", id.value())).orElse(rejection);
    }
}
