package org.mizan.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.note.SignerKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last checkpoint the log signed, kept outside the database in {@code <data-dir>/log-checkpoint},
 * next to the signing key. A database that loses committed rows (restored from an old backup, or run
 * without durable commits) would otherwise let the log sign a second, different tree of a size it
 * has already published: a fork. The file is written before the checkpoint can be served, atomically
 * (temporary file, fsync, rename, fsync of the directory), so after any crash it names a checkpoint
 * the world may have seen, never a half-written one.
 */
@Component
class PublishedCheckpoint {

    private final Path file;
    private final SignerKey key;

    PublishedCheckpoint(@Value("${mizan.data-dir}") Path dataDir, SignerKey logSignerKey) {
        this.file = dataDir.resolve("log-checkpoint").toAbsolutePath();
        this.key = logSignerKey;
    }

    Path file() {
        return file;
    }

    /** The checkpoint last published by this node, its signature checked; empty before the first. */
    Optional<Checkpoint> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] note = Files.readAllBytes(file);
            return Optional.of(Checkpoint.open(note, List.of(key.verifierKey().verifier())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the published checkpoint " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The published checkpoint " + file + " does not verify with the log's key ("
                    + e.getMessage() + "); refusing to start", e);
        }
    }

    /** Replaces the published checkpoint with {@code note} durably, before it may be served. */
    void write(String note) {
        Path directory = file.getParent();
        Path temporary = directory.resolve(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(directory);
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // The rename itself is durable only once the directory entry is on disk.
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the published checkpoint " + file, e);
        }
    }
}
