package org.mizan.registry;

import org.mizan.kernel.Codes;

/** The kinds of mineral title provincial mining rules grant, from first look to production. */
public enum LicenceType {
    RECONNAISSANCE, EXPLORATION, RETENTION, MINING_LEASE;

    public String code() {
        return Codes.of(this);
    }

    public static LicenceType of(String code) {
        return Codes.parse(LicenceType.class, code, "licence-type");
    }
}
