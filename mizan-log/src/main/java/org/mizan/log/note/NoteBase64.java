package org.mizan.log.note;

import java.util.Base64;

/** Standard padded base64, refusing any non-canonical spelling so that one value has one encoding. */
final class NoteBase64 {

    private NoteBase64() {
    }

    static byte[] decode(String text, NoteFailure failure) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
                throw new NoteException(failure, "non-canonical base64");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new NoteException(failure, "invalid base64");
        }
    }
}
