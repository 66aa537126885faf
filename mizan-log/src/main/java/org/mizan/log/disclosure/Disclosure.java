package org.mizan.log.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mizan.log.ProofException;
import org.mizan.log.ProofVerifier;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.checkpoint.CheckpointException;
import org.mizan.log.note.NoteException;
import org.mizan.log.note.VerifierKey;

/**
 * One event disclosed with what proves it was logged: its salt, its index, an inclusion proof
 * (<a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3">RFC 9162 §2.1.3</a>) and a signed
 * checkpoint (<a href="https://github.com/C2SP/C2SP/blob/main/tlog-checkpoint.md">C2SP tlog-checkpoint</a>).
 *
 * @param event the recorded event as a plain JSON tree (maps, lists, strings, numbers)
 */
public record Disclosure(Object event, byte[] salt, long index, List<byte[]> inclusionProof, String checkpoint) {

    public Disclosure {
        salt = salt.clone();
        inclusionProof = List.copyOf(inclusionProof);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** Checks everything offline; returns the verified checkpoint or throws with the failed check named. */
    public Checkpoint verify(VerifierKey key) {
        Checkpoint signed = open(key);
        if (index < 0 || index >= signed.size()) {
            throw new DisclosureException(DisclosureFailure.INDEX_OUT_OF_RANGE,
                    "index " + index + " is outside the checkpoint's tree of size " + signed.size(), null);
        }
        byte[] leaf = TreeHasher.leafHash(Commitment.of(salt, event));
        try {
            ProofVerifier.verifyInclusion(index, signed.size(), leaf, inclusionProof, signed.rootHash());
        } catch (ProofException e) {
            throw new DisclosureException(DisclosureFailure.NOT_INCLUDED,
                    "the event's commitment is not entry " + index + " of the tree of size " + signed.size()
                            + " (" + e.getMessage() + ")", e);
        }
        return signed;
    }

    private Checkpoint open(VerifierKey key) {
        byte[] note = checkpoint.getBytes(StandardCharsets.UTF_8);
        try {
            Checkpoint.parse(org.mizan.log.note.Note.parse(note).text());
        } catch (NoteException | CheckpointException | IllegalArgumentException e) {
            throw new DisclosureException(DisclosureFailure.MALFORMED_CHECKPOINT, e.getMessage(), e);
        }
        try {
            Checkpoint signed = Checkpoint.open(note, List.of(key.verifier()));
            if (!signed.origin().equals(key.name())) {
                throw new DisclosureException(DisclosureFailure.BAD_SIGNATURE,
                        "the checkpoint is for origin " + signed.origin() + ", the key for " + key.name(), null);
            }
            return signed;
        } catch (NoteException | CheckpointException e) {
            throw new DisclosureException(DisclosureFailure.BAD_SIGNATURE,
                    "the checkpoint is not signed by " + key.name() + " (" + e.getMessage() + ")", e);
        }
    }
}
