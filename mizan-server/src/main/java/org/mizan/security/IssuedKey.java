package org.mizan.security;

import org.mizan.kernel.PartyId;

/** A freshly issued key; the secret is shown this once and stored only as a hash. */
public record IssuedKey(String keyId, PartyId party, Role role, String secret) {

    @Override
    public String toString() {
        // Never let the secret reach a log line by accident.
        return "IssuedKey[" + keyId + ", " + party + ", " + role.code() + "]";
    }
}
