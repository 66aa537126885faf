package org.mizan.log.proof;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.mizan.log.ProofVerifier;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.note.Note;
import org.mizan.log.note.NoteVerifier;

/**
 * An offline-verifiable proof of inclusion, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-proof.md#format">C2SP tlog-proof, Format</a>:
 * header, optional extra data, leaf index, inclusion proof hashes, blank line, signed checkpoint.
 *
 * @param extra      opaque, unauthenticated application data, or {@code null}
 * @param index      zero-based leaf index
 * @param hashes     the RFC 9162 inclusion proof, leaf sibling first
 * @param checkpoint the signed checkpoint note, verbatim
 */
public record TlogProof(byte[] extra, long index, List<byte[]> hashes, String checkpoint) {

    public static final String HEADER = "c2sp.org/tlog-proof@v1";
    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

    public TlogProof {
        if (index < 0) {
            throw new TlogProofException(TlogProofFailure.MALFORMED_PROOF, "negative index");
        }
        extra = extra == null ? null : extra.clone();
        List<byte[]> copies = new ArrayList<>();
        for (byte[] hash : hashes) {
            if (hash.length != TreeHasher.HASH_SIZE) {
                throw new TlogProofException(TlogProofFailure.MALFORMED_PROOF, "proof hashes are 32 bytes");
            }
            copies.add(hash.clone());
        }
        hashes = List.copyOf(copies);
        if (checkpoint == null || checkpoint.isEmpty()) {
            throw new TlogProofException(TlogProofFailure.MALFORMED_PROOF, "missing checkpoint");
        }
    }

    public static TlogProof parse(String text) {
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw malformed("missing blank line before the checkpoint");
        }
        List<String> lines = List.of(text.substring(0, blank).split("\n", -1));
        if (!lines.get(0).equals(HEADER)) {
            throw malformed("missing header " + HEADER);
        }
        int next = 1;
        byte[] extra = null;
        if (next < lines.size() && lines.get(next).startsWith("extra ")) {
            extra = decode(lines.get(next++).substring("extra ".length()), "extra");
        }
        if (next >= lines.size() || !lines.get(next).startsWith("index ")) {
            throw malformed("missing index line");
        }
        String index = lines.get(next++).substring("index ".length());
        if (!DECIMAL.matcher(index).matches()) {
            throw malformed("index is not a canonical decimal");
        }
        List<byte[]> hashes = new ArrayList<>();
        for (String line : lines.subList(next, lines.size())) {
            hashes.add(decode(line, "proof hash"));
        }
        try {
            return new TlogProof(extra, Long.parseLong(index), hashes, text.substring(blank + 2));
        } catch (NumberFormatException e) {
            throw malformed("index too large");
        }
    }

    public String format() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        if (extra != null) {
            out.append("extra ").append(Base64.getEncoder().encodeToString(extra)).append('\n');
        }
        out.append("index ").append(index).append('\n');
        hashes.forEach(h -> out.append(Base64.getEncoder().encodeToString(h)).append('\n'));
        return out.append('\n').append(checkpoint).toString();
    }

    /**
     * Verifies the checkpoint's signatures, that it is from {@code origin}, and that
     * {@code leafHash} is at {@link #index()} under its root. Returns the verified checkpoint.
     */
    public Checkpoint verify(byte[] leafHash, String origin, Collection<? extends NoteVerifier> verifiers) {
        Checkpoint verified = Checkpoint.open(checkpoint.getBytes(StandardCharsets.UTF_8), verifiers);
        if (!verified.origin().equals(origin)) {
            throw new TlogProofException(TlogProofFailure.WRONG_ORIGIN, "checkpoint is from " + verified.origin());
        }
        ProofVerifier.verifyInclusion(index, verified.size(), leafHash, hashes, verified.rootHash());
        return verified;
    }

    /** The signed checkpoint as a note, e.g. to inspect its cosignatures. */
    public Note checkpointNote() {
        return Note.parse(checkpoint.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] extra() {
        return extra == null ? null : extra.clone();
    }

    @Override
    public List<byte[]> hashes() {
        List<byte[]> copies = new ArrayList<>();
        hashes.forEach(h -> copies.add(h.clone()));
        return copies;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TlogProof && format().equals(((TlogProof) other).format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    private static byte[] decode(String base64, String what) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (bytes.length == 0 || !Base64.getEncoder().encodeToString(bytes).equals(base64)) {
                throw malformed(what + " is not canonical base64");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw malformed(what + " is not base64");
        }
    }

    private static TlogProofException malformed(String detail) {
        return new TlogProofException(TlogProofFailure.MALFORMED_PROOF, detail);
    }
}
