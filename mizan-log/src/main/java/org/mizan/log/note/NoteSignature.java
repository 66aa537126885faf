package org.mizan.log.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line {@code — <name> <base64(key ID || signature)>}, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#signatures">C2SP signed-note, Signatures</a>.
 */
public record NoteSignature(String name, int keyId, byte[] signature) {

    static final String LINE_PREFIX = "\u2014 ";

    public NoteSignature {
        if (name == null || !KeyIds.isValidName(name)) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "invalid signature name");
        }
        if (signature == null || signature.length == 0) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "empty signature");
        }
        signature = signature.clone();
    }

    /** Parses one line, without its trailing newline. */
    static NoteSignature parseLine(String line) {
        if (!line.startsWith(LINE_PREFIX)) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "signature line must start with an em dash");
        }
        String rest = line.substring(LINE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "signature line needs a name and a signature");
        }
        byte[] decoded = NoteBase64.decode(rest.substring(space + 1), NoteFailure.MALFORMED_NOTE);
        // Four bytes of key ID and at least one byte of signature.
        if (decoded.length < 5) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "signature too short");
        }
        ByteBuffer buffer = ByteBuffer.wrap(decoded);
        return new NoteSignature(rest.substring(0, space), buffer.getInt(), Arrays.copyOfRange(decoded, 4, decoded.length));
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line including its trailing newline. */
    public String line() {
        byte[] encoded = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return LINE_PREFIX + name + " " + Base64.getEncoder().encodeToString(encoded) + "\n";
    }

    boolean sameKey(NoteSignature other) {
        return name.equals(other.name) && keyId == other.keyId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature && line().equals(((NoteSignature) other).line());
    }

    @Override
    public int hashCode() {
        return line().hashCode();
    }

    @Override
    public String toString() {
        return "NoteSignature[" + name + "+" + KeyIds.hex(keyId) + "]";
    }
}
