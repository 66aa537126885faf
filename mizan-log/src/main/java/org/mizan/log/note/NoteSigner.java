package org.mizan.log.note;

/**
 * Produces signatures for one key, as in
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#signatures">C2SP signed-note, Signatures</a>.
 */
public interface NoteSigner {

    String name();

    int keyId();

    /** The signature of {@code text}, without the key ID prefix. */
    byte[] sign(byte[] text);
}
