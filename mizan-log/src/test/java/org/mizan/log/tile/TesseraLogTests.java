package org.mizan.log.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.log.MemoryTree;
import org.mizan.log.ProofBuilder;
import org.mizan.log.ProofVerifier;
import org.mizan.log.SharedVectors;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.note.Note;
import org.mizan.log.note.NoteVerifier;
import org.mizan.log.note.SignerKey;
import org.mizan.log.note.VerifierKey;

/** The real Tessera POSIX log in {@code tessera-posix-log}: recomputed, verified and re-signed. */
class TesseraLogTests {

    private static final Path LOG = SharedVectors.resolve("tessera-posix-log");
    private static final String ORIGIN = "example.com/log/testdata";

    static Stream<Arguments> sizes() {
        return IntStream.rangeClosed(0, 15).mapToObj(n -> Arguments.of("checkpoint." + n, n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void checkpointVerifiesAndCommitsToEntryBundles(String file, int size) {
        Checkpoint checkpoint = Checkpoint.open(SharedVectors.bytes("tessera-posix-log/" + file), verifiers());
        assertThat(checkpoint.origin()).isEqualTo(ORIGIN);
        assertThat(checkpoint.size()).isEqualTo(size);
        MemoryTree tree = new MemoryTree();
        if (size > 0) {
            byte[] bundle = SharedVectors.bytes("tessera-posix-log/" + TilePath.entries(0, size).path());
            EntryBundle.decode(bundle).entries().forEach(tree::append);
            List<byte[]> tile = HashTile.decode(SharedVectors.bytes("tessera-posix-log/" + TilePath.hashes(0, 0, size).path()), size);
            IntStream.range(0, size).forEach(i -> assertThat(tile.get(i)).isEqualTo(tree.readHash(new org.mizan.log.NodeId(0, i))));
        }
        assertThat(tree.size()).isEqualTo(size);
        assertThat(tree.rootHash()).isEqualTo(checkpoint.rootHash());
        if (size == 0) {
            assertThat(Base64.getEncoder().encodeToString(checkpoint.rootHash())).isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void resigningCheckpointReproducesFileByteForByte(String file, int size) {
        byte[] original = SharedVectors.bytes("tessera-posix-log/" + file);
        Checkpoint checkpoint = Checkpoint.parse(Note.parse(original).text());
        Note resigned = checkpoint.sign(List.of(signerKey().signer()));
        assertThat(resigned.toBytes()).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void proofsFromTilesAloneVerifyAgainstSignedRoots(String file, int size) {
        Checkpoint checkpoint = Checkpoint.open(SharedVectors.bytes("tessera-posix-log/" + file), verifiers());
        ProofBuilder proofs = new ProofBuilder(new TileHashReader(new DirectoryTileReader(LOG), size));
        assertThat(proofs.rootHash(size)).isEqualTo(checkpoint.rootHash());
        for (long index = 0; index < size; index++) {
            byte[] leaf = TreeHasher.leafHash(EntryBundle.decode(SharedVectors.bytes("tessera-posix-log/"
                    + new TileLayout(size).entryBundleFor(index).path())).entries().get((int) index));
            ProofVerifier.verifyInclusion(index, size, leaf, proofs.inclusionProof(index, size), checkpoint.rootHash());
        }
        for (int oldSize = 1; oldSize <= size; oldSize++) {
            Checkpoint old = Checkpoint.open(SharedVectors.bytes("tessera-posix-log/checkpoint." + oldSize), verifiers());
            ProofVerifier.verifyConsistency(oldSize, size, old.rootHash(), checkpoint.rootHash(),
                    proofs.consistencyProof(oldSize, size));
        }
    }

    @org.junit.jupiter.api.Test
    void latestCheckpointIsCheckpointFifteen() {
        assertThat(SharedVectors.bytes("tessera-posix-log/checkpoint")).isEqualTo(SharedVectors.bytes("tessera-posix-log/checkpoint.15"));
        String entries = new String(EntryBundle.decode(SharedVectors.bytes("tessera-posix-log/tile/entries/000.p/3")).entries().get(2),
                StandardCharsets.UTF_8);
        assertThat(entries).isEqualTo("three");
    }

    /** The test-only keys published upstream in build_log.sh and quoted in the vector README. */
    private static SignerKey signerKey() {
        return SignerKey.parse(readmeKey("skey: "));
    }

    private static List<NoteVerifier> verifiers() {
        return List.of(VerifierKey.parse(readmeKey("vkey: ")).verifier());
    }

    private static String readmeKey(String prefix) {
        return SharedVectors.text("README.md").lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow()
                .substring(prefix.length()).trim();
    }
}
