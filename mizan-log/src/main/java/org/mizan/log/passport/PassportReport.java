package org.mizan.log.passport;

import java.util.List;
import java.util.Optional;

/** The outcome of verifying a passport: each check in order; a check that could not run because an earlier one failed is absent. */
public record PassportReport(String passport, List<PassportCheck> checks) {

    public PassportReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(PassportCheck::passed)
                && checks.size() == PassportCheck.Kind.values().length;
    }

    public Optional<PassportCheck> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }
}
