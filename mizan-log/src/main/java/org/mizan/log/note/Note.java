package org.mizan.log.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A signed note: UTF-8 text ending in a newline, a blank line, then signature lines, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/signed-note.md#format">C2SP signed-note, Format</a>.
 * Parsing is strict and verification follows Go's sumdb/note: unknown keys are ignored, a bad
 * signature from a known key rejects the whole note, and at least one known key must have signed.
 */
public record Note(String text, List<NoteSignature> signatures) {

    /** Go's sumdb/note limit; the spec only requires accepting 16. */
    public static final int MAX_SIGNATURES = 100;

    public Note {
        requireValidText(text);
        signatures = List.copyOf(signatures);
        if (signatures.size() > MAX_SIGNATURES) {
            throw new NoteException(NoteFailure.TOO_MANY_SIGNATURES, signatures.size() + " signatures");
        }
    }

    /** Signs {@code text} with every signer, in order. */
    public static Note sign(String text, List<? extends NoteSigner> signers) {
        requireValidText(text);
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> signatures = new ArrayList<>();
        for (NoteSigner signer : signers) {
            signatures.add(new NoteSignature(signer.name(), signer.keyId(), signer.sign(message)));
        }
        return new Note(text, signatures);
    }

    /** Parses a signed note without verifying it. */
    public static Note parse(byte[] bytes) {
        String message = decodeUtf8(bytes);
        int split = message.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "no blank line before signatures");
        }
        String block = message.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "signature block must be non-empty and end in a newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
            if (signatures.size() == MAX_SIGNATURES) {
                throw new NoteException(NoteFailure.TOO_MANY_SIGNATURES, "more than " + MAX_SIGNATURES);
            }
            signatures.add(NoteSignature.parseLine(line));
        }
        return new Note(message.substring(0, split + 1), signatures);
    }

    /** Parses and verifies in one step. */
    public static VerifiedNote open(byte[] bytes, Collection<? extends NoteVerifier> verifiers) {
        return parse(bytes).verify(verifiers);
    }

    /** Checks the signatures against known keys, matched by name and key ID. */
    public VerifiedNote verify(Collection<? extends NoteVerifier> verifiers) {
        Map<String, NoteVerifier> known = verifiers.stream()
                .collect(Collectors.toMap(v -> v.name() + "+" + KeyIds.hex(v.keyId()), Function.identity(), (a, b) -> a));
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> verified = new ArrayList<>();
        Set<NoteSignature> unverified = new LinkedHashSet<>();
        Set<String> seenKeys = new HashSet<>();
        for (NoteSignature signature : signatures) {
            String key = signature.name() + "+" + KeyIds.hex(signature.keyId());
            NoteVerifier verifier = known.get(key);
            if (verifier == null) {
                unverified.add(signature);
            } else if (seenKeys.add(key)) {
                if (!verifier.verify(message, signature.signature())) {
                    throw new NoteException(NoteFailure.INVALID_SIGNATURE, "invalid signature for key " + key);
                }
                verified.add(signature);
            }
        }
        if (verified.isEmpty()) {
            throw new NoteException(NoteFailure.NO_VERIFIED_SIGNATURE, "no signature from a known key");
        }
        return new VerifiedNote(text, verified, new ArrayList<>(unverified));
    }

    /** This note with one more signature, e.g. a witness cosignature. */
    public Note withSignature(NoteSignature signature) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.add(signature);
        return new Note(text, all);
    }

    /** The exact serialised form. */
    public String format() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(s -> out.append(s.line()));
        return out.toString();
    }

    public byte[] toBytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    private static String decodeUtf8(byte[] bytes) {
        String message;
        try {
            message = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "not valid UTF-8");
        }
        requireNoControlCharacters(message);
        return message;
    }

    private static void requireValidText(String text) {
        if (text == null || text.isEmpty() || !text.endsWith("\n")) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "text must be non-empty and end in a newline");
        }
        requireNoControlCharacters(text);
    }

    private static void requireNoControlCharacters(String text) {
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new NoteException(NoteFailure.MALFORMED_NOTE, "control characters other than newline");
        }
    }
}
