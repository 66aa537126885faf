package org.mizan.log.note;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;

/**
 * Key type 0x04: a timestamped Ed25519 witness cosignature, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-cosignature.md">C2SP tlog-cosignature</a>.
 * The signature is a big-endian uint64 timestamp followed by an Ed25519 signature over
 * {@code "cosignature/v1\ntime <timestamp>\n" || checkpoint}.
 */
public record CosignatureNoteVerifier(String name, int keyId, PublicKey key) implements NoteVerifier {

    static final byte TYPE = 0x04;
    private static final int TIMESTAMP_SIZE = 8;

    public CosignatureNoteVerifier(String name, byte[] publicKey) {
        this(name, KeyIds.standard(name, TYPE, publicKey), Ed25519Keys.publicKey(publicKey));
    }

    /** The message a witness signs for {@code checkpoint} at {@code timestamp} (seconds since the epoch). */
    public static byte[] signedMessage(long timestamp, byte[] checkpoint) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(("cosignature/v1\ntime " + Long.toUnsignedString(timestamp) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        message.writeBytes(checkpoint);
        return message.toByteArray();
    }

    /** The timestamp carried by a cosignature (without key ID). */
    public static long timestamp(byte[] signature) {
        return ByteBuffer.wrap(signature, 0, TIMESTAMP_SIZE).getLong();
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        if (signature.length != TIMESTAMP_SIZE + Ed25519Keys.SIGNATURE_SIZE) {
            return false;
        }
        byte[] sig = new byte[Ed25519Keys.SIGNATURE_SIZE];
        System.arraycopy(signature, TIMESTAMP_SIZE, sig, 0, sig.length);
        return Ed25519Keys.verify(key, signedMessage(timestamp(signature), text), sig);
    }
}
