package org.mizan.log.checkpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.mizan.log.TreeHasher;
import org.mizan.log.note.Note;
import org.mizan.log.note.NoteException;
import org.mizan.log.note.NoteSigner;
import org.mizan.log.note.NoteVerifier;
import org.mizan.log.note.VerifiedNote;

/**
 * A log checkpoint: origin, tree size, root hash and optional extension lines, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-checkpoint.md#note-text">C2SP tlog-checkpoint, Note text</a>.
 * Parsing is strict: a 32-byte root, a canonical decimal size (no leading zeros), no empty
 * extension lines.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

    public Checkpoint {
        if (origin == null || origin.isEmpty() || hasControlCharacter(origin)) {
            throw new CheckpointException(CheckpointFailure.INVALID_ORIGIN, "origin must be a non-empty line");
        }
        if (size < 0) {
            throw new CheckpointException(CheckpointFailure.INVALID_SIZE, "negative size");
        }
        if (rootHash == null || rootHash.length != TreeHasher.HASH_SIZE) {
            throw new CheckpointException(CheckpointFailure.INVALID_ROOT_HASH, "root hash must be 32 bytes");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        if (extensions.stream().anyMatch(e -> e.isEmpty() || hasControlCharacter(e))) {
            throw new CheckpointException(CheckpointFailure.INVALID_EXTENSION, "extension lines must be non-empty");
        }
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    /** Parses a checkpoint body (the note text, without signatures). */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw new CheckpointException(CheckpointFailure.TOO_FEW_LINES, "text must end in a newline");
        }
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 3) {
            throw new CheckpointException(CheckpointFailure.TOO_FEW_LINES, "need origin, size and root hash");
        }
        return new Checkpoint(lines.get(0), parseSize(lines.get(1)), parseRoot(lines.get(2)),
                new ArrayList<>(lines.subList(3, lines.size())));
    }

    /** Verifies a signed checkpoint note and parses its body. */
    public static Checkpoint open(byte[] signedNote, Collection<? extends NoteVerifier> verifiers) {
        VerifiedNote note;
        try {
            note = Note.open(signedNote, verifiers);
        } catch (NoteException e) {
            throw new CheckpointException(CheckpointFailure.UNVERIFIED, e.getMessage());
        }
        return parse(note.text());
    }

    /** The note text. */
    public String text() {
        StringBuilder out = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }

    /** A signed note over this checkpoint. */
    public Note sign(List<? extends NoteSigner> signers) {
        return Note.sign(text(), signers);
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint && text().equals(((Checkpoint) other).text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return "Checkpoint[" + text().replace("\n", " | ") + "]";
    }

    private static long parseSize(String line) {
        if (!DECIMAL.matcher(line).matches()) {
            throw new CheckpointException(CheckpointFailure.INVALID_SIZE, "not a canonical decimal: " + line);
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            // Sizes above 2^63-1 are valid uint64 but far beyond any real log.
            throw new CheckpointException(CheckpointFailure.INVALID_SIZE, "size too large: " + line);
        }
    }

    private static byte[] parseRoot(String line) {
        try {
            byte[] root = Base64.getDecoder().decode(line);
            if (!Base64.getEncoder().encodeToString(root).equals(line)) {
                throw new CheckpointException(CheckpointFailure.INVALID_ROOT_HASH, "non-canonical base64");
            }
            return root;
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(CheckpointFailure.INVALID_ROOT_HASH, "not base64");
        }
    }

    private static boolean hasControlCharacter(String line) {
        return line.chars().anyMatch(c -> c < 0x20);
    }
}
