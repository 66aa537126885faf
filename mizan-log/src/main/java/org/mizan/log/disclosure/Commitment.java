package org.mizan.log.disclosure;

import org.mizan.log.TreeHasher;
import org.mizan.log.json.CanonicalJson;

/**
 * The log entry for a recorded event: SHA-256(salt ‖ RFC 8785 canonical JSON of the event). The
 * salt hides the event from anyone guessing its content; disclosing event and salt opens it.
 */
public final class Commitment {

    public static final int SALT_BYTES = 32;

    private Commitment() {
    }

    public static byte[] of(byte[] salt, Object event) {
        if (salt == null || salt.length != SALT_BYTES) {
            throw new IllegalArgumentException("A salt is " + SALT_BYTES + " bytes");
        }
        return TreeHasher.sha256(salt, CanonicalJson.encode(event));
    }
}
