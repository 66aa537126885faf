package org.mizan.log.note;

import java.util.Arrays;
import java.util.Base64;

/**
 * A verifier key string {@code <name>+<hex key ID>+<base64(type || key material)>}, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#verifier-keys">C2SP signed-note, Verifier keys</a>.
 * Parsing checks that the key ID matches the key, so a typo cannot silently disable verification.
 */
public record VerifierKey(String name, int keyId, byte[] typedKey) {

    public VerifierKey {
        if (name == null || !KeyIds.isValidName(name)) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "invalid key name");
        }
        if (typedKey == null || typedKey.length < 2) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "missing key material");
        }
        typedKey = typedKey.clone();
        if (verifierFor(name, typedKey).keyId() != keyId) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "key ID does not match key " + name);
        }
    }

    /** Parses {@code name+hexid+base64}. */
    public static VerifierKey parse(String encoded) {
        String[] parts = encoded.split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "expected name+id+key");
        }
        return new VerifierKey(parts[0], KeyIds.parseHex(parts[1]), NoteBase64.decode(parts[2], NoteFailure.MALFORMED_KEY));
    }

    /** An Ed25519 (type 0x01) verifier key. */
    public static VerifierKey ed25519(String name, byte[] publicKey) {
        byte[] typed = typed(Ed25519NoteVerifier.TYPE, publicKey);
        return new VerifierKey(name, verifierFor(name, typed).keyId(), typed);
    }

    public byte type() {
        return typedKey[0];
    }

    @Override
    public byte[] typedKey() {
        return typedKey.clone();
    }

    /** A verifier for this key; types 0x01, 0x02, 0x04 and 0x05 are supported. */
    public NoteVerifier verifier() {
        return verifierFor(name, typedKey);
    }

    @Override
    public String toString() {
        return name + "+" + KeyIds.hex(keyId) + "+" + Base64.getEncoder().encodeToString(typedKey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    static byte[] typed(byte type, byte[] material) {
        byte[] typed = new byte[material.length + 1];
        typed[0] = type;
        System.arraycopy(material, 0, typed, 1, material.length);
        return typed;
    }

    private static NoteVerifier verifierFor(String name, byte[] typedKey) {
        byte[] material = Arrays.copyOfRange(typedKey, 1, typedKey.length);
        try {
            switch (typedKey[0]) {
                case Ed25519NoteVerifier.TYPE:
                    return new Ed25519NoteVerifier(name, material);
                case EcdsaNoteVerifier.TYPE:
                    return new EcdsaNoteVerifier(name, material);
                case CosignatureNoteVerifier.TYPE:
                    return new CosignatureNoteVerifier(name, material);
                case Rfc6962NoteVerifier.TYPE:
                    return new Rfc6962NoteVerifier(name, material);
                default:
                    throw new NoteException(NoteFailure.UNSUPPORTED_KEY_TYPE, "key type " + typedKey[0]);
            }
        } catch (IllegalArgumentException e) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, e.getMessage());
        }
    }
}
