package org.mizan.oversight;

import java.util.Arrays;

import org.mizan.kernel.Rejection;

/** What a regulator concluded when resolving a case. */
enum CaseFinding {
    CONFIRMED("confirmed"), FALSE_ALARM("false-alarm"), INCONCLUSIVE("inconclusive");

    private final String code;

    CaseFinding(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static CaseFinding of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                "unknown-finding", "Unknown finding " + Rejection.quote(code) + "; known: confirmed, false-alarm, inconclusive"));
    }
}
