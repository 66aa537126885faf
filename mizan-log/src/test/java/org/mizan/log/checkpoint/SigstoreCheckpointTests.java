package org.mizan.log.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.log.SharedVectors;
import org.mizan.log.note.NoteVerifier;
import org.mizan.log.note.VerifierKey;

/** The sigstore-java Rekor checkpoints: {@code valid*.txt} open, {@code error_*.txt} are refused. */
class SigstoreCheckpointTests {

    // Published in the vector README: the Rekor production ECDSA key.
    private static final List<NoteVerifier> REKOR = List.of(VerifierKey.parse(
            "rekor.sigstore.dev+c0d23d6a+AjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABNhtmPtrWm3U1eQXBogSMdGvXwBcK5AW5i0hrZLOC96l"
            + "+smGNM7nwZ4QvFK/4sueRoVj//QP22Ni4Qt9DPfkWLc=").verifier());

    static Stream<Arguments> files() {
        return SharedVectors.files("sigstore-java-checkpoints", ".txt").stream()
                .map(p -> Arguments.of(SharedVectors.name(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void checkpointOpensOnlyIfValid(String name, Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        if (file.getFileName().toString().startsWith("error_")) {
            assertThatThrownBy(() -> Checkpoint.open(bytes, REKOR)).isInstanceOf(CheckpointException.class);
            return;
        }
        Checkpoint checkpoint = Checkpoint.open(bytes, REKOR);
        assertThat(checkpoint.origin()).isEqualTo("rekor.sigstore.dev - 2605736670972794746");
        assertThat(checkpoint.size()).isEqualTo(37795272L);
        assertThat(checkpoint.extensions()).containsExactly("Timestamp: 1697034484441201852");
    }
}
