package org.mizan.log.passport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.disclosure.DisclosureException;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportCheck.Kind;

/**
 * Verifies a mineral passport offline, given the log's verifier key: (a) the checkpoint signature,
 * (b) the inclusion of every disclosed event, (c) that the chain names no undisclosed event, and
 * (d) that every figure the passport states recomputes from the disclosed events. Stops at the first
 * failed check, naming the event or the claim.
 */
public final class PassportVerifier {

    /** The {@code format} field of a passport this verifier reads. */
    public static final String FORMAT = "mizan-passport/v1";

    /** Mismatched claims named in a failure before the rest are only counted. */
    private static final int NAMED_MISMATCHES = 5;

    private PassportVerifier() {
    }

    /** Throws IllegalArgumentException if the passport is not one (missing or mistyped fields). */
    public static PassportReport verify(Map<?, ?> passport, VerifierKey key) {
        String id = Json.text(passport, "passportIdentifier");
        Map<?, ?> evidence = Json.object(passport, "evidence");
        List<DisclosedEvent> events = new ArrayList<>();
        for (Object node : Json.array(evidence, "events")) {
            events.add(DisclosedEvent.fromJson((Map<?, ?>) node));
        }
        events.sort(Comparator.comparingLong(DisclosedEvent::index));
        RegistryFacts facts = RegistryFacts.fromJson(Json.object(evidence, "registryFacts"));
        List<PassportCheck> checks = new ArrayList<>();
        Checkpoint checkpoint;
        try {
            checkpoint = Disclosure.openCheckpoint(Json.text(evidence, "checkpoint"), key);
            checks.add(PassportCheck.pass(Kind.SIGNATURE, "Checkpoint of " + checkpoint.size() + " entries signed by " + key.name() + "."));
        } catch (DisclosureException e) {
            // The failure code leads the message; the plain-language rest follows it.
            checks.add(PassportCheck.fail(Kind.SIGNATURE, e.getMessage().substring(e.failure().name().length() + 2) + "."));
            return new PassportReport(id, checks);
        }
        if (!add(checks, inclusion(events, checkpoint)) || !add(checks, completeness(passport, events))) {
            return new PassportReport(id, checks);
        }
        add(checks, claims(passport, events, facts, id));
        return new PassportReport(id, checks);
    }

    private static boolean add(List<PassportCheck> checks, PassportCheck check) {
        checks.add(check);
        return check.passed();
    }

    private static PassportCheck inclusion(List<DisclosedEvent> events, Checkpoint checkpoint) {
        for (DisclosedEvent event : events) {
            Optional<String> failure = event.inclusionFailure(checkpoint);
            if (failure.isPresent()) {
                return PassportCheck.fail(Kind.INCLUSION, "Event " + event.eventId() + " (log entry " + event.index()
                        + ") is not in the log: " + failure.get() + ".");
            }
        }
        return PassportCheck.pass(Kind.INCLUSION, "All " + events.size() + " events are entries of the signed log.");
    }

    private static PassportCheck completeness(Map<?, ?> passport, List<DisclosedEvent> events) {
        Set<String> disclosed = new LinkedHashSet<>();
        events.forEach(e -> disclosed.add(e.eventId()));
        for (Object step : Json.array(Json.object(passport, "chain"), "steps")) {
            String eventId = Json.text((Map<?, ?>) step, "eventId");
            if (!disclosed.contains(eventId)) {
                return PassportCheck.fail(Kind.COMPLETENESS, "Event " + eventId + " is named in the chain but not disclosed.");
            }
        }
        return PassportCheck.pass(Kind.COMPLETENESS, "Each of the chain's " + disclosed.size() + " steps is disclosed.");
    }

    private static PassportCheck claims(Map<?, ?> passport, List<DisclosedEvent> events, RegistryFacts facts, String id) {
        Map<String, BigDecimal> recomputed;
        try {
            recomputed = Claims.recomputed(ChainReplay.replay(events.stream().<Map<?, ?>>map(DisclosedEvent::event).toList(),
                    facts, id), facts);
        } catch (ReplayException | IllegalArgumentException | ArithmeticException e) {
            return PassportCheck.fail(Kind.CLAIMS, "The events cannot be replayed: " + e.getMessage() + ".");
        }
        Map<String, BigDecimal> stated = Claims.stated(passport);
        List<String> mismatches = new ArrayList<>();
        Set<String> names = new TreeSet<>(stated.keySet());
        names.addAll(recomputed.keySet());
        for (String name : names) {
            BigDecimal says = stated.get(name);
            BigDecimal gives = recomputed.get(name);
            if (says == null || gives == null || says.compareTo(gives) != 0) {
                mismatches.add(name + ": the passport says " + plain(says) + ", the events give " + plain(gives));
            }
        }
        if (mismatches.isEmpty()) {
            return PassportCheck.pass(Kind.CLAIMS, "All " + stated.size() + " figures (masses, contained elements, origin shares) recompute.");
        }
        String named = String.join("; ", mismatches.subList(0, Math.min(NAMED_MISMATCHES, mismatches.size())));
        String more = mismatches.size() > NAMED_MISMATCHES ? " (and " + (mismatches.size() - NAMED_MISMATCHES) + " more)" : "";
        return PassportCheck.fail(Kind.CLAIMS, "Claim " + named + more + ".");
    }

    private static String plain(BigDecimal value) {
        return value == null ? "nothing" : value.stripTrailingZeros().toPlainString();
    }
}
