package org.mizan.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Proof generation against the classic 8-leaf CT reference tree ({@code reference-tree/rfc6962-8-leaves.json}). */
class ReferenceTreeTests {

    private static final HexFormat HEX = HexFormat.of();
    private static JsonNode vectors;
    private static MemoryTree tree;

    @BeforeAll
    static void buildTree() {
        vectors = SharedVectors.json("reference-tree/rfc6962-8-leaves.json");
        tree = new MemoryTree();
        vectors.get("leafInputsHex").values().forEach(leaf -> tree.append(HEX.parseHex(leaf.asString())));
    }

    static Stream<Arguments> inclusionProofs() {
        return SharedVectors.json("reference-tree/rfc6962-8-leaves.json").get("inclusionProofs_1basedLeafIndex")
                .values().stream().map(p -> Arguments.of("leaf " + p.get("leaf") + " of " + p.get("size"), p));
    }

    static Stream<Arguments> consistencyProofs() {
        return SharedVectors.json("reference-tree/rfc6962-8-leaves.json").get("consistencyProofs")
                .values().stream().map(p -> Arguments.of(p.get("size1") + " -> " + p.get("size2"), p));
    }

    @Test
    void rootOfEveryPrefixMatchesReference() {
        List<String> expected = SharedVectors.strings(vectors.get("rootHashHexBySize"));
        for (int size = 0; size < expected.size(); size++) {
            assertThat(HEX.formatHex(tree.proofs().rootHash(size))).as("size %d", size).isEqualTo(expected.get(size));
        }
    }

    @Test
    void incrementalRootsMatchReference() {
        List<String> expected = SharedVectors.strings(vectors.get("rootHashHexBySize"));
        CompactRange range = new CompactRange();
        List<String> roots = new ArrayList<>(List.of(HEX.formatHex(range.rootHash())));
        vectors.get("leafInputsHex").values().forEach(leaf -> {
            range.appendEntry(HEX.parseHex(leaf.asString()));
            roots.add(HEX.formatHex(range.rootHash()));
        });
        assertThat(roots).isEqualTo(expected);
    }

    @Test
    void storedNodeHashesMatchReferenceLevels() {
        JsonNode levels = vectors.get("nodeHashesHexByLevel");
        for (int level = 0; level < levels.size(); level++) {
            List<String> hashes = SharedVectors.strings(levels.get(level));
            for (int index = 0; index < hashes.size(); index++) {
                assertThat(HEX.formatHex(tree.readHash(new NodeId(level, index)))).isEqualTo(hashes.get(index));
            }
        }
    }

    @ParameterizedTest(name = "inclusion {0}")
    @MethodSource("inclusionProofs")
    void generatedInclusionProofMatchesReference(String name, JsonNode vector) {
        long index = vector.get("leaf").asLong() - 1;
        long size = vector.get("size").asLong();
        List<byte[]> proof = tree.proofs().inclusionProof(index, size);
        assertThat(proof).map(HEX::formatHex).isEqualTo(SharedVectors.strings(vector.get("proof")));
        ProofVerifier.verifyInclusion(index, size, tree.readHash(new NodeId(0, index)), proof, tree.proofs().rootHash(size));
    }

    @ParameterizedTest(name = "consistency {0}")
    @MethodSource("consistencyProofs")
    void generatedConsistencyProofMatchesReference(String name, JsonNode vector) {
        long size1 = vector.get("size1").asLong();
        long size2 = vector.get("size2").asLong();
        List<byte[]> proof = tree.proofs().consistencyProof(size1, size2);
        assertThat(proof).map(HEX::formatHex).isEqualTo(SharedVectors.strings(vector.get("proof")));
        ProofVerifier.verifyConsistency(size1, size2, tree.proofs().rootHash(size1), tree.proofs().rootHash(size2), proof);
    }
}
