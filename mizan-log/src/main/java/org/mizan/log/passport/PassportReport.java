package org.mizan.log.passport;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a passport: each check in order (a check that could not run because an earlier
 * one failed is absent), and the fields the passport declares rather than proves, with who declares them.
 */
public record PassportReport(String passport, List<PassportCheck> checks, List<Declaration> declared) {

    /** A field, or a section, that is someone's statement: the verifier checks its shape, not its truth. */
    public record Declaration(String field, String by) {
    }

    public PassportReport {
        checks = List.copyOf(checks);
        declared = List.copyOf(declared);
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(PassportCheck::passed)
                && checks.size() == PassportCheck.Kind.values().length;
    }

    public Optional<PassportCheck> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }
}
