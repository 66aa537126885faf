package org.mizan.registry;

/** Where a title stands. {@code EXPIRED} is never stored: it follows from the expiry date. */
public enum LicenceStatus {
    ACTIVE, SUSPENDED, EXPIRED, REVOKED;

    public String code() {
        return Codes.of(this);
    }

    public static LicenceStatus of(String code) {
        return Codes.parse(LicenceStatus.class, code, "licence-status");
    }
}
