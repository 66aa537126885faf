package org.mizan.log.note;

import java.security.PublicKey;

/**
 * Key type 0x01: Ed25519 over the note text, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#signature-types">C2SP signed-note, Signature types</a>.
 */
public final class Ed25519NoteVerifier implements NoteVerifier {

    static final byte TYPE = 0x01;

    private final String name;
    private final int keyId;
    private final PublicKey key;

    public Ed25519NoteVerifier(String name, byte[] publicKey) {
        this.name = name;
        this.keyId = KeyIds.standard(name, TYPE, publicKey);
        this.key = Ed25519Keys.publicKey(publicKey);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        return Ed25519Keys.verify(key, text, signature);
    }
}
