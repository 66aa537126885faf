package org.mizan.log.note;

import java.util.List;

/**
 * A note whose text is vouched for by at least one known key. Unverified signatures (from
 * unknown keys) are kept so a server can pass on cosignatures it cannot check itself.
 */
public record VerifiedNote(String text, List<NoteSignature> verified, List<NoteSignature> unverified) {

    public VerifiedNote {
        if (verified == null || verified.isEmpty()) {
            throw new NoteException(NoteFailure.NO_VERIFIED_SIGNATURE, "a verified note needs a verified signature");
        }
        verified = List.copyOf(verified);
        unverified = List.copyOf(unverified);
    }

    public boolean isVerifiedBy(String name) {
        return verified.stream().anyMatch(s -> s.name().equals(name));
    }
}
