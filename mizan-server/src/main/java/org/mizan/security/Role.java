package org.mizan.security;

import java.util.Arrays;
import java.util.Locale;

import org.mizan.kernel.Rejection;

/** What an API key may do, beyond which party it speaks for. */
public enum Role {
    OPERATOR, PROCESSOR, EXPORTER, REGULATOR, AUDITOR, ADMIN,
    /** A treasury (the Accountant General, a State Bank branch) that records the receipts of government revenue. */
    TREASURY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> Rejection.invalid("unknown-role",
                        "Unknown role " + Rejection.quote(code) + "; known: operator, processor, exporter, regulator, auditor, admin, treasury"));
    }
}
