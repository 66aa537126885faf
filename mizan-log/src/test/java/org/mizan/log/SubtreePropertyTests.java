package org.mizan.log;

import static org.mizan.log.RandomTrees.assertRefused;
import static org.mizan.log.RandomTrees.flip;
import static org.mizan.log.RandomTrees.mutations;
import static org.mizan.log.RandomTrees.randomHash;
import static org.mizan.log.RandomTrees.randomTree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random trees and subtrees: every generated subtree proof verifies and every mutation is
 * refused with a {@link ProofException}. Each seed is its own test case, so a failure names a
 * seed that reproduces it.
 */
class SubtreePropertyTests {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedSubtreeInclusionProofsVerifyAndMutationsAreRefused(long seed) {
        Random random = new Random(seed);
        MemoryTree tree = randomTree(random);
        long[] subtree = randomSubtree(random, 1 + random.nextInt((int) tree.size()));
        long start = subtree[0];
        long end = subtree[1];
        long index = start + random.nextInt((int) (end - start));
        byte[] leaf = tree.readHash(new NodeId(0, index));
        byte[] hash = tree.proofs().subtreeHash(start, end);
        List<byte[]> proof = tree.proofs().subtreeInclusionProof(index, start, end);

        SubtreeProofs.verifyInclusion(index, start, end, leaf, proof, hash);
        for (List<byte[]> mutated : mutations(proof, random)) {
            assertRefused(() -> SubtreeProofs.verifyInclusion(index, start, end, leaf, mutated, hash));
        }
        assertRefused(() -> SubtreeProofs.verifyInclusion(index, start, end, flip(leaf, random), proof, hash));
        assertRefused(() -> SubtreeProofs.verifyInclusion(index, start, end, leaf, proof, flip(hash, random)));
        if (end - start > 1) {
            long other = start + (index - start + 1 + random.nextInt((int) (end - start - 1))) % (end - start);
            assertRefused(() -> SubtreeProofs.verifyInclusion(other, start, end, leaf, proof, hash));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedSubtreeConsistencyProofsVerifyAndMutationsAreRefused(long seed) {
        Random random = new Random(seed);
        MemoryTree tree = randomTree(random);
        long size = 1 + random.nextInt((int) tree.size());
        long[] subtree = randomSubtree(random, size);
        long start = subtree[0];
        long end = subtree[1];
        byte[] hash = tree.proofs().subtreeHash(start, end);
        byte[] root = tree.proofs().rootHash(size);
        List<byte[]> proof = tree.proofs().subtreeConsistencyProof(start, end, size);

        SubtreeProofs.verifyConsistency(start, end, size, proof, hash, root);
        for (List<byte[]> mutated : mutations(proof, random)) {
            assertRefused(() -> SubtreeProofs.verifyConsistency(start, end, size, mutated, hash, root));
        }
        assertRefused(() -> SubtreeProofs.verifyConsistency(start, end, size, proof, flip(hash, random), root));
        assertRefused(() -> SubtreeProofs.verifyConsistency(start, end, size, proof, hash, flip(root, random)));
        if (start == 0 && end < size) {
            // The draft's identity: from the left edge a subtree proof is an RFC 9162 consistency proof.
            assertThat(proof).containsExactlyElementsOf(tree.proofs().consistencyProof(end, size));
        }
    }

    /**
     * Hand-derived plans in the 14-leaf tree used by the draft's examples: a perfect subtree needs
     * only the hashes beside it; a non-perfect one also carries its own rightmost part first.
     */
    @Test
    void subtreeConsistencyPlansMatchHandDerivedExamples() {
        assertThat(ProofPlan.subtreeConsistency(4, 8, 14))
                .containsExactly(new LeafRange(0, 4), new LeafRange(8, 14));
        assertThat(ProofPlan.subtreeConsistency(8, 13, 14)).containsExactly(new LeafRange(12, 13),
                new LeafRange(13, 14), new LeafRange(8, 12), new LeafRange(0, 8));
    }

    /** Whatever the sizes and proof, the verifiers either accept or throw ProofException, never anything else. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryInputsOnlyEverFailWithProofException(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 50; i++) {
            long start = random.nextInt(40) - 2;
            long end = start + random.nextInt(40) - 2;
            long size = end + random.nextInt(40) - 2;
            List<byte[]> proof = new ArrayList<>();
            for (int n = random.nextInt(8); n > 0; n--) {
                proof.add(randomHash(random));
            }
            byte[] a = randomHash(random);
            byte[] b = randomHash(random);
            acceptOrProofException(() -> SubtreeProofs.verifyConsistency(start, end, size, proof, a, b));
            acceptOrProofException(() -> SubtreeProofs.verifyInclusion(start + random.nextInt(4), start, end, a, proof, b));
        }
    }

    /** A random valid subtree [start, end) with end <= size: start is a multiple of BIT_CEIL(end - start). */
    private static long[] randomSubtree(Random random, long size) {
        long length = 1 + random.nextInt((int) size);
        long alignment = SubtreeProofs.bitCeil(length);
        long slots = (size - length) / alignment + 1;
        long start = alignment * random.nextInt((int) slots);
        return new long[] {start, start + length};
    }

    private static void acceptOrProofException(Runnable verification) {
        try {
            verification.run();
        } catch (ProofException expected) {
            // Refusal is fine; any other exception type fails the test.
        }
    }
}
