package org.mizan.log.note;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/**
 * Conversions between raw 32-byte Ed25519 keys
 * (<a href="https://www.rfc-editor.org/rfc/rfc8032#section-5.1.5">RFC 8032 §5.1.5</a>) and the
 * JDK's key objects, so no third-party crypto library is needed.
 */
public final class Ed25519Keys {

    public static final int KEY_SIZE = 32;
    public static final int SIGNATURE_SIZE = 64;

    private Ed25519Keys() {
    }

    /** The private key for a 32-byte seed. */
    public static PrivateKey privateKey(byte[] seed) {
        requireSize(seed, "seed");
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks Ed25519", e);
        }
    }

    /** Decodes a 32-byte public key: little-endian y with the sign of x in the top bit. */
    public static PublicKey publicKey(byte[] encoded) {
        requireSize(encoded, "public key");
        byte[] littleEndian = encoded.clone();
        boolean xOdd = (littleEndian[KEY_SIZE - 1] & 0x80) != 0;
        littleEndian[KEY_SIZE - 1] &= 0x7f;
        BigInteger y = new BigInteger(1, reverse(littleEndian));
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, y)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid Ed25519 public key", e);
        }
    }

    /** Encodes a JDK public key back to its 32 raw bytes. */
    public static byte[] encode(PublicKey key) {
        EdECPoint point = ((EdECPublicKey) key).getPoint();
        byte[] bigEndian = point.getY().toByteArray();
        byte[] littleEndian = new byte[KEY_SIZE];
        for (int i = 0; i < KEY_SIZE && i < bigEndian.length; i++) {
            littleEndian[i] = bigEndian[bigEndian.length - 1 - i];
        }
        if (point.isXOdd()) {
            littleEndian[KEY_SIZE - 1] |= (byte) 0x80;
        }
        return littleEndian;
    }

    /**
     * Derives the public key of a seed. The JDK offers no direct API, but its key-pair generator
     * draws exactly the 32-byte seed from the supplied random source; the result is checked so a
     * provider that behaves differently fails loudly instead of producing a wrong key.
     */
    public static byte[] publicKeyFromSeed(byte[] seed) {
        requireSize(seed, "seed");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] used = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            if (!Arrays.equals(used, seed)) {
                throw new IllegalStateException("Ed25519 generator did not use the seed");
            }
            return encode(pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks Ed25519", e);
        }
    }

    /** A deterministic Ed25519 signature. */
    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code sig} is a valid signature; malformed signatures are simply invalid. */
    public static boolean verify(PublicKey key, byte[] message, byte[] sig) {
        if (sig.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] reverse(byte[] bytes) {
        byte[] reversed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reversed[i] = bytes[bytes.length - 1 - i];
        }
        return reversed;
    }

    private static void requireSize(byte[] bytes, String what) {
        if (bytes == null || bytes.length != KEY_SIZE) {
            throw new IllegalArgumentException(what + " must be " + KEY_SIZE + " bytes");
        }
    }

    /** Hands out the seed once; anything else would silently yield an unrelated key. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;
        private boolean used;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            used = true;
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
