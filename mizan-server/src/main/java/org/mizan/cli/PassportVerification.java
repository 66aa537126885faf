package org.mizan.cli;

import java.io.PrintStream;
import java.util.Map;

import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportCheck;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;

/**
 * {@code mizan verify} on a passport: one line per check, one per declared section with who declares it,
 * then the verdict; exit code 0 only if all checks pass.
 */
final class PassportVerification {

    private PassportVerification() {
    }

    static boolean isPassport(Map<?, ?> document) {
        return PassportVerifier.reads(document.get("format"));
    }

    static int print(Map<?, ?> passport, VerifierKey key, PrintStream out) {
        PassportReport report = PassportVerifier.verify(passport, key);
        for (PassportCheck check : report.checks()) {
            out.println((check.passed() ? "pass  " : "FAIL  ") + check.kind().title() + ": " + check.detail());
        }
        // Declared fields are someone's word, not proven: say whose, so nobody mistakes them for checked figures.
        for (PassportReport.Declaration declared : report.declared()) {
            out.println("declared  " + declared.field() + ": by " + declared.by());
        }
        if (report.passed()) {
            out.println("OK: passport " + report.passport() + " verifies against " + key.name());
            return 0;
        }
        out.println("FAILED: passport " + report.passport() + ": " + report.firstFailure().map(PassportCheck::detail).orElse("incomplete"));
        return 1;
    }
}
