package org.mizan.log.disclosure;

import java.nio.charset.StandardCharsets;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * Reads the bundle Mizan serves at {@code /api/v1/events/{id}/proof}, given as a plain JSON tree
     * (maps, lists, strings, numbers): {@code event}, base64 {@code salt}, {@code index}, base64
     * {@code inclusionProof} hashes and the signed {@code checkpoint} text. Other fields are ignored.
     */
    public static Disclosure fromJson(Map<?, ?> bundle) {
        List<byte[]> proof = new ArrayList<>();
        for (Object hash : typed(bundle, "inclusionProof", List.class)) {
            if (!(hash instanceof String text)) {
                throw new IllegalArgumentException("the bundle's inclusionProof holds base64 strings");
            }
            proof.add(base64(text, "inclusionProof"));
        }
        if (!(required(bundle, "index") instanceof Number index) || !isLong(index)) {
            throw new IllegalArgumentException("the bundle's index is not an integer");
        }
        return new Disclosure(required(bundle, "event"), base64(typed(bundle, "salt", String.class), "salt"),
                index.longValue(), proof, typed(bundle, "checkpoint", String.class));
    }

    private static Object required(Map<?, ?> bundle, String field) {
        Object value = bundle.get(field);
        if (value == null) {
            throw new IllegalArgumentException("the bundle has no " + field);
        }
        return value;
    }

    // A bundle is outside input: a wrong type is a refusal of the bundle, not a ClassCastException.
    private static <T> T typed(Map<?, ?> bundle, String field, Class<T> type) {
        Object value = required(bundle, field);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("the bundle's " + field + " is not a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return type.cast(value);
    }

    private static byte[] base64(String text, String field) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the bundle's " + field + " is not base64", e);
        }
    }

    private static boolean isLong(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger b && b.bitLength() < 64;
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** Checks everything offline; returns the verified checkpoint or throws with the failed check named. */
    public Checkpoint verify(VerifierKey key) {
        Checkpoint signed = openCheckpoint(checkpoint, key);
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

    /** Parses a signed checkpoint and checks it is signed by the key and names the key's origin; throws with the reason. */
    public static Checkpoint openCheckpoint(String checkpoint, VerifierKey key) {
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
