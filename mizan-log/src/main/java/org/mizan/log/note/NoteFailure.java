package org.mizan.log.note;

/** Why a signed note or key was refused. */
public enum NoteFailure {
    /** Not a well-formed signed note (encoding, blank line, signature line syntax). */
    MALFORMED_NOTE,
    /** More signature lines than this implementation accepts (100, as Go's sumdb/note). */
    TOO_MANY_SIGNATURES,
    /** A signature from a known key does not verify: the whole note is rejected. */
    INVALID_SIGNATURE,
    /** No signature is from a known key. */
    NO_VERIFIED_SIGNATURE,
    /** A verifier or signer key string is malformed or its key ID does not match. */
    MALFORMED_KEY,
    /** The key type byte is not one this library understands. */
    UNSUPPORTED_KEY_TYPE
}
