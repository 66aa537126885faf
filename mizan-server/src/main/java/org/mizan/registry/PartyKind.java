package org.mizan.registry;

import org.mizan.kernel.Codes;

/** What kind of organisation a party is; its API key's role says what it may do. */
public enum PartyKind {
    STATE_ENTERPRISE, COMPANY, COOPERATIVE, PROCESSOR, EXPORTER, BUYER, LABORATORY, REGULATOR, AUDITOR;

    public String code() {
        return Codes.of(this);
    }

    public static PartyKind of(String code) {
        return Codes.parse(PartyKind.class, code, "party-kind");
    }
}
