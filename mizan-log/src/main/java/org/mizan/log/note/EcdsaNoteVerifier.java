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
public record EcdsaNoteVerifier(String name, int keyId, PublicKey key) implements NoteVerifier {

    static final byte TYPE = 0x02;

    public EcdsaNoteVerifier(String name, byte[] subjectPublicKeyInfo) {
        this(name, KeyIds.firstFour(TreeHasher.sha256(subjectPublicKeyInfo)), EcdsaKeys.publicKey(subjectPublicKeyInfo));
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        return EcdsaKeys.verify(key, text, signature);
    }
}
