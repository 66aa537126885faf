package org.mizan.log.passport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.disclosure.DisclosureException;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportCheck.Kind;

/**
 * Verifies a mineral passport offline, given the log's verifier key: (a) the checkpoint signature,
 * (b) the inclusion of every disclosed event, listed once each in log order, (c) that the chain names no
 * undisclosed event, and (d) that every field of the passport either recomputes from the disclosed events,
 * the registry facts and the format, or lies in a section the passport declares as someone's statement.
 * Stops at the first failed check, naming the event or the fields.
 */
public final class PassportVerifier {

    /** The {@code format} field of the passports this verifier writes; it also reads {@link PassportFormat#READ}. */
    public static final String FORMAT = PassportFormat.CURRENT;

    /** Problems named in a failure before the rest are only counted. */
    private static final int NAMED_PROBLEMS = 5;

    private PassportVerifier() {
    }

    public static boolean reads(Object format) {
        return PassportFormat.READ.contains(format);
    }

    /**
     * Verifies a passport read as a plain JSON tree; it is written back to text and read as
     * {@link #verify(String, VerifierKey)} reads it. Throws IllegalArgumentException if it is not a passport.
     */
    public static PassportReport verify(Map<?, ?> passport, VerifierKey key) {
        return verify(PassportWriter.JSON.writeValueAsString(passport), key);
    }

    /**
     * Verifies a passport file's text. Throws IllegalArgumentException if it is not a passport (not JSON, a
     * field of the wrong type or repeated, an unknown format, a field the checks need missing).
     */
    public static PassportReport verify(String json, VerifierKey key) {
        PassportReader.Parsed parsed = PassportReader.parse(json);
        Passport passport = parsed.passport();
        String format = Fields.required(passport.format(), "format");
        if (!reads(format)) {
            throw new IllegalArgumentException("field format: " + format + " is not a passport format this verifier reads");
        }
        String id = Fields.required(passport.passportIdentifier(), "passportIdentifier");
        PassportEvidence evidence = Fields.required(passport.evidence(), "evidence");
        List<DisclosedEvent> events = new ArrayList<>();
        List<PassportEvidence.Entry> entries = Fields.required(evidence.events(), "evidence.events");
        for (int i = 0; i < entries.size(); i++) {
            events.add(DisclosedEvent.of(entries.get(i), "evidence.events[" + i + "]"));
        }
        RegistryFacts facts = RegistryFacts.of(evidence.registryFacts());
        List<PassportCheck> checks = new ArrayList<>();
        Checkpoint checkpoint;
        try {
            checkpoint = Disclosure.openCheckpoint(Fields.required(evidence.checkpoint(), "evidence.checkpoint"), key);
            checks.add(PassportCheck.pass(Kind.SIGNATURE, "Checkpoint of " + checkpoint.size() + " entries signed by " + key.name() + "."));
        } catch (DisclosureException e) {
            // The failure code leads the message; the plain-language rest follows it.
            checks.add(PassportCheck.fail(Kind.SIGNATURE, "evidence.checkpoint: " + e.getMessage().substring(e.failure().name().length() + 2)
                    + "."));
            return new PassportReport(id, checks, List.of());
        }
        List<PassportReport.Declaration> declared = declarations(format, checkpoint.origin());
        if (!add(checks, inclusion(events, royalties(passport), checkpoint)) || !add(checks, completeness(passport, events))) {
            return new PassportReport(id, checks, declared);
        }
        add(checks, claims(parsed, events, facts, checkpoint, key, declared));
        return new PassportReport(id, checks, declared);
    }

    private static List<PassportReport.Declaration> declarations(String format, String log) {
        if (PassportFormat.V1.equals(format)) {
            return List.of(new PassportReport.Declaration("every field but the figures",
                    "nobody: a " + PassportFormat.V1 + " passport proves its masses, contained masses and origin shares only"));
        }
        List<PassportReport.Declaration> out = new ArrayList<>();
        PassportFormat.declarations(log).forEach((field, by) -> out.add(new PassportReport.Declaration(field, by)));
        return out;
    }

    private static boolean add(List<PassportCheck> checks, PassportCheck check) {
        checks.add(check);
        return check.passed();
    }

    private static List<DisclosedEvent> royalties(Passport passport) {
        List<DisclosedEvent> out = new ArrayList<>();
        if (passport.royalties() != null && passport.royalties().assessments() != null) {
            List<PassportRoyalties.Entry> entries = passport.royalties().assessments();
            for (int i = 0; i < entries.size(); i++) {
                out.add(DisclosedEvent.ofAssessment(entries.get(i), "royalties.assessments[" + i + "]"));
            }
        }
        return out;
    }

    private static PassportCheck inclusion(List<DisclosedEvent> events, List<DisclosedEvent> assessments, Checkpoint checkpoint) {
        for (int i = 0; i < assessments.size(); i++) {
            DisclosedEvent assessment = assessments.get(i);
            String where = "royalties.assessments[" + i + "]";
            if (!assessment.eventId().equals(assessment.listedAs())) {
                return PassportCheck.fail(Kind.INCLUSION, where + ".assessmentId says " + assessment.listedAs()
                        + ", the assessment it discloses is " + assessment.eventId() + ".");
            }
            Optional<String> failure = assessment.inclusionFailure(checkpoint);
            if (failure.isPresent()) {
                return PassportCheck.fail(Kind.INCLUSION, "Royalty assessment " + assessment.eventId() + " (" + where + ", log entry "
                        + assessment.index() + ") is not in the log: " + failure.get().replace("event and salt", "assessment and salt") + ".");
            }
        }
        PassportCheck eventsIncluded = inclusion(events, checkpoint);
        if (!eventsIncluded.passed() || assessments.isEmpty()) {
            return eventsIncluded;
        }
        return PassportCheck.pass(Kind.INCLUSION, "All " + events.size() + " events and " + assessments.size()
                + " royalty assessments are entries of the signed log.");
    }

    private static PassportCheck inclusion(List<DisclosedEvent> events, Checkpoint checkpoint) {
        Set<String> seen = new HashSet<>();
        long previous = -1;
        for (int i = 0; i < events.size(); i++) {
            DisclosedEvent event = events.get(i);
            String where = "evidence.events[" + i + "]";
            if (!event.eventId().equals(event.listedAs())) {
                return PassportCheck.fail(Kind.INCLUSION, where + ".eventId says " + event.listedAs() + ", the event it discloses is "
                        + event.eventId() + ".");
            }
            Optional<String> failure = event.inclusionFailure(checkpoint);
            if (failure.isPresent()) {
                return PassportCheck.fail(Kind.INCLUSION, "Event " + event.eventId() + " (" + where + ", log entry " + event.index()
                        + ") is not in the log: " + failure.get() + ".");
            }
            if (!seen.add(event.eventId()) || event.index() <= previous) {
                return PassportCheck.fail(Kind.INCLUSION, where + " (event " + event.eventId() + ", log entry " + event.index()
                        + ") repeats an event or breaks log order.");
            }
            previous = event.index();
        }
        return PassportCheck.pass(Kind.INCLUSION, "All " + events.size() + " events are entries of the signed log.");
    }

    private static PassportCheck completeness(Passport passport, List<DisclosedEvent> events) {
        Set<String> disclosed = new LinkedHashSet<>();
        events.forEach(e -> disclosed.add(e.eventId()));
        List<PassportChain.Step> steps = Fields.required(Fields.required(passport.chain(), "chain").steps(), "chain.steps");
        for (int i = 0; i < steps.size(); i++) {
            String eventId = Fields.required(steps.get(i).eventId(), "chain.steps[" + i + "].eventId");
            if (!disclosed.contains(eventId)) {
                return PassportCheck.fail(Kind.COMPLETENESS, "Event " + eventId + " is named in the chain (chain.steps[" + i
                        + "].eventId) but not disclosed in evidence.events.");
            }
        }
        return PassportCheck.pass(Kind.COMPLETENESS, "Each of the chain's " + disclosed.size() + " steps is disclosed.");
    }

    private static PassportCheck claims(PassportReader.Parsed parsed, List<DisclosedEvent> events, RegistryFacts facts,
            Checkpoint checkpoint, VerifierKey key, List<PassportReport.Declaration> declared) {
        Passport passport = parsed.passport();
        Expected expected;
        try {
            ChainReplay.Result replay = ChainReplay.replay(events.stream().<Map<?, ?>>map(DisclosedEvent::event).toList(), facts,
                    passport.passportIdentifier());
            expected = ExpectedPassport.of(passport, replay, facts, events, checkpoint.origin());
        } catch (ReplayException | IllegalArgumentException | ArithmeticException | ClassCastException
                | java.time.format.DateTimeParseException e) {
            return PassportCheck.fail(Kind.CLAIMS, "The events cannot be replayed: " + e.getMessage() + ".");
        }
        expected.put("evidence.log", checkpoint.origin(), "the checkpoint gives");
        expected.put("evidence.verifierKey", key.toString(), "the key it is verified with is");
        expected.put("evidence.treeSize", checkpoint.size(), "the checkpoint gives");
        expected.put("evidence.checkpoint", passport.evidence().checkpoint(), "the signature covers");
        boolean v1 = PassportFormat.V1.equals(passport.format());
        List<String> sections = new ArrayList<>(declared.stream().map(PassportReport.Declaration::field).toList());
        // Every leaf the document states: the format's fields as read, and any field outside the format.
        Map<String, Object> stated = Leaves.of(PassportWriter.tree(passport));
        stated.putAll(parsed.outsideFormat());
        Coverage.Outcome outcome = Coverage.check(stated, expected, sections, v1);
        List<String> problems = outcome.problems();
        if (problems.isEmpty()) {
            return PassportCheck.pass(Kind.CLAIMS, "All " + outcome.recomputed() + " fields recompute from the events, the registry"
                    + " facts and the format; " + outcome.declared() + " are declared.");
        }
        String named = String.join("; ", problems.subList(0, Math.min(NAMED_PROBLEMS, problems.size())));
        String more = problems.size() > NAMED_PROBLEMS ? " (and " + (problems.size() - NAMED_PROBLEMS) + " more)" : "";
        return PassportCheck.fail(Kind.CLAIMS, "Claim " + named + more + ".");
    }
}
