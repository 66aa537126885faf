package org.mizan.log.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.mizan.log.TreeHasher;

/**
 * Key ID derivation of
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#signatures">C2SP signed-note</a>:
 * the first four bytes of SHA-256(name || 0x0A || type || key material).
 */
final class KeyIds {

    private KeyIds() {
    }

    static int standard(String name, byte type, byte[] material) {
        return firstFour(TreeHasher.sha256(name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', type}, material));
    }

    static int firstFour(byte[] digest) {
        return ByteBuffer.wrap(digest, 0, 4).getInt();
    }

    static String hex(int keyId) {
        return String.format("%08x", keyId);
    }

    static int parseHex(String hex) {
        if (hex.length() != 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new NoteException(NoteFailure.MALFORMED_KEY, "key ID must be 8 hex digits");
        }
        return (int) Long.parseLong(hex, 16);
    }

    /** Names are non-empty, without whitespace or '+', per the signed-note spec. */
    static boolean isValidName(String name) {
        return !name.isEmpty() && name.indexOf('+') < 0
                && name.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
