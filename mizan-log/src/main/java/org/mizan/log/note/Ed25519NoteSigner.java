package org.mizan.log.note;

import java.security.PrivateKey;

/**
 * Key type 0x01 signer: deterministic Ed25519 over the note text, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#signature-types">C2SP signed-note, Signature types</a>.
 */
public final class Ed25519NoteSigner implements NoteSigner {

    private final String name;
    private final int keyId;
    private final PrivateKey key;

    public Ed25519NoteSigner(String name, byte[] seed) {
        this.name = name;
        this.keyId = KeyIds.standard(name, Ed25519NoteVerifier.TYPE, Ed25519Keys.publicKeyFromSeed(seed));
        this.key = Ed25519Keys.privateKey(seed);
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
    public byte[] sign(byte[] text) {
        return Ed25519Keys.sign(key, text);
    }
}
