package org.mizan.log.note;

import java.security.PublicKey;

/**
 * Key type 0x01: Ed25519 over the note text, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#signature-types">C2SP signed-note, Signature types</a>.
 */
public record Ed25519NoteVerifier(String name, int keyId, PublicKey key) implements NoteVerifier {

    static final byte TYPE = 0x01;

    public Ed25519NoteVerifier(String name, byte[] publicKey) {
        this(name, KeyIds.standard(name, TYPE, publicKey), Ed25519Keys.publicKey(publicKey));
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        return Ed25519Keys.verify(key, text, signature);
    }
}
