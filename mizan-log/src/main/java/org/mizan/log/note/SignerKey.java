package org.mizan.log.note;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * An Ed25519 signer key {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || seed)>}, the
 * format of Go's sumdb/note used alongside
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#verifier-keys">C2SP signed-note verifier keys</a>.
 */
public record SignerKey(String name, int keyId, byte[] seed) {

    private static final String PREFIX = "PRIVATE+KEY+";

    public SignerKey {
        if (name == null || !KeyIds.isValidName(name)) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "invalid key name");
        }
        if (seed == null || seed.length != Ed25519Keys.KEY_SIZE) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "Ed25519 seed must be 32 bytes");
        }
        seed = seed.clone();
        if (KeyIds.standard(name, Ed25519NoteVerifier.TYPE, Ed25519Keys.publicKeyFromSeed(seed)) != keyId) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "key ID does not match key " + name);
        }
    }

    public static SignerKey parse(String encoded) {
        if (!encoded.startsWith(PREFIX)) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "signer key must start with " + PREFIX);
        }
        String[] parts = encoded.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "expected PRIVATE+KEY+name+id+key");
        }
        byte[] typed = NoteBase64.decode(parts[2], NoteFailure.MALFORMED_KEY);
        if (typed.length != Ed25519Keys.KEY_SIZE + 1 || typed[0] != Ed25519NoteVerifier.TYPE) {
            throw new NoteException(NoteFailure.UNSUPPORTED_KEY_TYPE, "only Ed25519 signer keys are supported");
        }
        byte[] seed = new byte[Ed25519Keys.KEY_SIZE];
        System.arraycopy(typed, 1, seed, 0, seed.length);
        return new SignerKey(parts[0], KeyIds.parseHex(parts[1]), seed);
    }

    /** A key for {@code seed}, deriving its key ID. */
    public static SignerKey fromSeed(String name, byte[] seed) {
        byte[] publicKey = Ed25519Keys.publicKeyFromSeed(seed);
        return new SignerKey(name, KeyIds.standard(name, Ed25519NoteVerifier.TYPE, publicKey), seed);
    }

    /** A fresh random key. */
    public static SignerKey generate(String name, SecureRandom random) {
        byte[] seed = new byte[Ed25519Keys.KEY_SIZE];
        random.nextBytes(seed);
        return fromSeed(name, seed);
    }

    @Override
    public byte[] seed() {
        return seed.clone();
    }

    public NoteSigner signer() {
        return new Ed25519NoteSigner(name, seed);
    }

    public VerifierKey verifierKey() {
        return VerifierKey.ed25519(name, Ed25519Keys.publicKeyFromSeed(seed));
    }

    /** The secret key string; deliberately not {@link #toString()}, which is redacted for logs. */
    public String encoded() {
        return PREFIX + name + "+" + KeyIds.hex(keyId) + "+"
                + Base64.getEncoder().encodeToString(VerifierKey.typed(Ed25519NoteVerifier.TYPE, seed));
    }

    @Override
    public String toString() {
        return "SignerKey[" + name + "+" + KeyIds.hex(keyId) + "+REDACTED]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignerKey && encoded().equals(((SignerKey) other).encoded());
    }

    @Override
    public int hashCode() {
        return encoded().hashCode();
    }
}
