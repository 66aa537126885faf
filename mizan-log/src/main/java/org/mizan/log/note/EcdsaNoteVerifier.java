package org.mizan.log.note;

import java.security.PublicKey;
import org.mizan.log.TreeHasher;

/**
 * Key type 0x02: ECDSA P-256 over SHA-256 of the note text, as used by Rekor v1 and other
 * pre-C2SP logs (listed in
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#signature-types">C2SP signed-note, Signature types</a>).
 * Key material is a DER SubjectPublicKeyInfo; the key ID is the first four bytes of its SHA-256,
 * independent of the name.
 */
public final class EcdsaNoteVerifier implements NoteVerifier {

    static final byte TYPE = 0x02;

    private final String name;
    private final int keyId;
    private final PublicKey key;

    public EcdsaNoteVerifier(String name, byte[] subjectPublicKeyInfo) {
        this.name = name;
        this.keyId = KeyIds.firstFour(TreeHasher.sha256(subjectPublicKeyInfo));
        this.key = EcdsaKeys.publicKey(subjectPublicKeyInfo);
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
        return EcdsaKeys.verify(key, text, signature);
    }
}
