package org.mizan.log;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One fixture per {@link ProofFailure}: each refusal names its own cause. */
class ProofFailureTests {

    private static MemoryTree tree;

    @BeforeAll
    static void buildTree() {
        tree = new MemoryTree();
        for (int i = 0; i < 13; i++) {
            tree.append(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void leafIndexAtTreeSizeIsIndexOutOfRange() {
        assertFailure(ProofFailure.INDEX_OUT_OF_RANGE,
                () -> ProofVerifier.verifyInclusion(13, 13, leaf(0), tree.proofs().inclusionProof(0, 13), root(13)));
    }

    @Test
    void oldSizeZeroIsSizeOutOfRange() {
        assertFailure(ProofFailure.SIZE_OUT_OF_RANGE,
                () -> ProofVerifier.verifyConsistency(0, 13, TreeHasher.emptyRoot(), root(13), List.of()));
    }

    @Test
    void oldSizeAboveNewSizeIsSizeOutOfRange() {
        assertFailure(ProofFailure.SIZE_OUT_OF_RANGE,
                () -> ProofVerifier.verifyConsistency(13, 7, root(13), root(7), tree.proofs().consistencyProof(7, 13)));
    }

    @Test
    void truncatedInclusionProofIsWrongProofSize() {
        List<byte[]> proof = new ArrayList<>(tree.proofs().inclusionProof(5, 13));
        proof.remove(proof.size() - 1);
        assertFailure(ProofFailure.WRONG_PROOF_SIZE, () -> ProofVerifier.verifyInclusion(5, 13, leaf(5), proof, root(13)));
    }

    @Test
    void nonEmptyProofForEqualSizesIsWrongProofSize() {
        assertFailure(ProofFailure.WRONG_PROOF_SIZE,
                () -> ProofVerifier.verifyConsistency(13, 13, root(13), root(13), List.of(leaf(0))));
    }

    @Test
    void shortLeafHashIsMalformedHash() {
        assertFailure(ProofFailure.MALFORMED_HASH,
                () -> ProofVerifier.verifyInclusion(5, 13, new byte[31], tree.proofs().inclusionProof(5, 13), root(13)));
    }

    @Test
    void wrongOldRootIsOldRootMismatch() {
        assertFailure(ProofFailure.OLD_ROOT_MISMATCH,
                () -> ProofVerifier.verifyConsistency(7, 13, root(6), root(13), tree.proofs().consistencyProof(7, 13)));
    }

    @Test
    void wrongRootIsRootMismatch() {
        assertFailure(ProofFailure.ROOT_MISMATCH,
                () -> ProofVerifier.verifyInclusion(5, 13, leaf(5), tree.proofs().inclusionProof(5, 13), root(12)));
    }

    @Test
    void unalignedSubtreeIsInvalidSubtree() {
        // [2, 5) is not a subtree: its start is not a multiple of BIT_CEIL(3) = 4.
        assertFailure(ProofFailure.INVALID_SUBTREE,
                () -> SubtreeProofs.verifyConsistency(2, 5, 13, tree.proofs().consistencyProof(5, 13), leaf(2), root(13)));
    }

    private static byte[] leaf(long index) {
        return tree.readHash(new NodeId(0, index));
    }

    private static byte[] root(long size) {
        return tree.proofs().rootHash(size);
    }

    private static void assertFailure(ProofFailure expected, Executable verification) {
        assertThatThrownBy(verification::execute).isInstanceOfSatisfying(ProofException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.failure()).isEqualTo(expected));
    }
}
