package org.mizan.log.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import org.mizan.log.TreeHasher;

/**
 * Key type 0x05: an RFC 6962 TreeHeadSignature over the checkpoint's size and root, as defined by
 * <a href="https://github.com/C2SP/C2SP/blob/main/static-ct-api.md#checkpoints">C2SP static-ct-api, Checkpoints</a>
 * and <a href="https://www.rfc-editor.org/rfc/rfc6962#section-3.5">RFC 6962 §3.5</a>. The
 * signature is a uint64 timestamp followed by a TLS DigitallySigned struct (ECDSA P-256, SHA-256).
 */
public record Rfc6962NoteVerifier(String name, int keyId, PublicKey key) implements NoteVerifier {

    static final byte TYPE = 0x05;
    private static final int SHA256 = 4;
    private static final int ECDSA = 3;

    public Rfc6962NoteVerifier(String name, byte[] subjectPublicKeyInfo) {
        this(name, KeyIds.standard(name, TYPE, TreeHasher.sha256(subjectPublicKeyInfo)), EcdsaKeys.publicKey(subjectPublicKeyInfo));
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        ByteBuffer sig = ByteBuffer.wrap(signature);
        if (sig.remaining() < 12) {
            return false;
        }
        long timestamp = sig.getLong();
        int hashAlgorithm = sig.get() & 0xff;
        int signatureAlgorithm = sig.get() & 0xff;
        int length = sig.getShort() & 0xffff;
        if (hashAlgorithm != SHA256 || signatureAlgorithm != ECDSA || length != sig.remaining()) {
            return false;
        }
        byte[] der = new byte[length];
        sig.get(der);
        byte[] treeHead = treeHeadSignatureInput(text, timestamp);
        return treeHead != null && EcdsaKeys.verify(key, treeHead, der);
    }

    /** The TLS encoding of TreeHeadSignature, or null if the text is not a checkpoint. */
    private static byte[] treeHeadSignatureInput(byte[] text, long timestamp) {
        // Only the size and root lines are signed; the full checkpoint parser lives elsewhere and
        // has already been (or will be) applied by the caller.
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 4) {
            return null;
        }
        try {
            long size = Long.parseUnsignedLong(lines[1]);
            byte[] root = Base64.getDecoder().decode(lines[2]);
            if (root.length != TreeHasher.HASH_SIZE) {
                return null;
            }
            return ByteBuffer.allocate(2 + 8 + 8 + TreeHasher.HASH_SIZE)
                    .put((byte) 0).put((byte) 1).putLong(timestamp).putLong(size).put(root).array();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
