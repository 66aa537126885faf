package org.mizan.log.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/** ECDSA P-256 with SHA-256 via the JDK, for the non-Ed25519 note key types. */
final class EcdsaKeys {

    private EcdsaKeys() {
    }

    static PublicKey publicKey(byte[] subjectPublicKeyInfo) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        } catch (GeneralSecurityException e) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "invalid ECDSA public key");
        }
    }

    static boolean verify(PublicKey key, byte[] message, byte[] derSignature) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(derSignature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
