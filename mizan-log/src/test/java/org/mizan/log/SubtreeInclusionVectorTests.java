package org.mizan.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every transparency-dev/merkle subtree inclusion probe in {@code merkle/testdata/subtreeinclusion}. */
class SubtreeInclusionVectorTests {

    private static final String DIR = "merkle/testdata/subtreeinclusion";

    static Stream<Arguments> vectors() {
        return SharedVectors.files(DIR, ".json").stream().map(p -> Arguments.of(SharedVectors.name(p), p));
    }

    /** The {@code happy-path*.json} files; {@code single-entry/} uses a leaf outside the reference tree. */
    static Stream<Arguments> happyPaths() {
        return vectors().filter(a -> ((Path) a.get()[1]).getFileName().toString().startsWith("happy-path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifierAgreesWithVector(String name, Path file) {
        JsonNode v = SharedVectors.json(file);
        Runnable verify = () -> SubtreeProofs.verifyInclusion(SharedVectors.uint64(v.get("leafIdx")),
                SharedVectors.uint64(v.get("start")), SharedVectors.uint64(v.get("end")),
                SharedVectors.base64(v.get("leafHash")), SharedVectors.base64List(v.get("proof")),
                SharedVectors.base64(v.get("root")));
        if (v.get("wantErr").asBoolean()) {
            assertThatThrownBy(verify::run).isInstanceOf(ProofException.class);
        } else {
            assertThatCode(verify::run).doesNotThrowAnyException();
        }
    }

    /**
     * Upstream builds each happy path from the 8-leaf reference tree placed at {@code [start, end)}.
     * Rebuilding that tree and generating the proof must give the vector's proof byte for byte.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("happyPaths")
    void generatedProofEqualsHappyPath(String name, Path file) {
        JsonNode v = SharedVectors.json(file);
        long start = v.get("start").asLong();
        long end = v.get("end").asLong();
        MemoryTree tree = referenceLeavesAt(start, end);
        List<byte[]> proof = tree.proofs().subtreeInclusionProof(v.get("leafIdx").asLong(), start, end);
        assertThat(proof).map(HexFormat.of()::formatHex)
                .isEqualTo(SharedVectors.base64List(v.get("proof")).stream().map(HexFormat.of()::formatHex).toList());
        assertThat(tree.proofs().subtreeHash(start, end)).isEqualTo(SharedVectors.base64(v.get("root")));
    }

    private static MemoryTree referenceLeavesAt(long start, long end) {
        List<String> leaves = SharedVectors.strings(SharedVectors.json("reference-tree/rfc6962-8-leaves.json").get("leafInputsHex"));
        MemoryTree tree = new MemoryTree();
        for (long i = 0; i < end; i++) {
            // Leaves before the subtree do not affect its proofs; any filler will do.
            tree.append(i < start ? ("filler " + i).getBytes(StandardCharsets.UTF_8)
                    : HexFormat.of().parseHex(leaves.get((int) (i - start))));
        }
        return tree;
    }
}
