package org.mizan.registry;

import org.mizan.kernel.Codes;

/**
 * Where a title stands on a day. {@code EXPIRED} and {@code NOT_YET_GRANTED} are never stored: they
 * follow from the expiry and grant dates.
 */
public enum LicenceStatus {
    ACTIVE, SUSPENDED, EXPIRED, REVOKED, NOT_YET_GRANTED;

    public String code() {
        return Codes.of(this);
    }

    public static LicenceStatus of(String code) {
        return Codes.parse(LicenceStatus.class, code, "licence-status");
    }
}
