package org.mizan.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Merkle tree hashing with SHA-256 and the domain-separation prefixes of
 * <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.1">RFC 9162 §2.1.1</a>.
 */
public final class TreeHasher {

    /** Size of every hash in the tree: SHA-256. */
    public static final int HASH_SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private TreeHasher() {
    }

    /** MTH({}) = SHA-256() — the root of the empty tree. */
    public static byte[] emptyRoot() {
        return digest().digest();
    }

    /** MTH({d(0)}) = SHA-256(0x00 || d(0)). */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest sha = digest();
        sha.update(LEAF_PREFIX);
        return sha.digest(entry);
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = digest();
        sha.update(NODE_PREFIX);
        sha.update(left);
        return sha.digest(right);
    }

    /** Plain SHA-256, used by key IDs and log IDs. */
    public static byte[] sha256(byte[]... parts) {
        MessageDigest sha = digest();
        for (byte[] part : parts) {
            sha.update(part);
        }
        return sha.digest();
    }

    static boolean isHash(byte[] candidate) {
        return candidate != null && candidate.length == HASH_SIZE;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE implementation is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
