package org.mizan.log.note;

/**
 * Verifies signatures from one key, identified by name and key ID as in
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#signatures">C2SP signed-note, Signatures</a>.
 */
public interface NoteVerifier {

    String name();

    /** The 4-byte key ID as an unsigned big-endian int. */
    int keyId();

    /** Whether {@code signature} (without the key ID prefix) signs {@code text}. */
    boolean verify(byte[] text, byte[] signature);
}
