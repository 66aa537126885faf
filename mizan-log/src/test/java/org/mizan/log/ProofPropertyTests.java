package org.mizan.log;

import static org.mizan.log.RandomTrees.assertRefused;
import static org.mizan.log.RandomTrees.flip;
import static org.mizan.log.RandomTrees.mutations;
import static org.mizan.log.RandomTrees.randomTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random trees: every generated proof verifies and every mutation of it is refused. Each
 * seed is its own test case, so a failure names a seed that reproduces it.
 */
class ProofPropertyTests {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedInclusionProofsVerifyAndMutationsAreRefused(long seed) {
        Random random = new Random(seed);
        MemoryTree tree = randomTree(random);
        long size = 1 + random.nextInt((int) tree.size());
        long index = random.nextInt((int) size);
        byte[] leaf = tree.readHash(new NodeId(0, index));
        byte[] root = tree.proofs().rootHash(size);
        List<byte[]> proof = tree.proofs().inclusionProof(index, size);

        ProofVerifier.verifyInclusion(index, size, leaf, proof, root);
        for (List<byte[]> mutated : mutations(proof, random)) {
            assertThatThrownBy(() -> ProofVerifier.verifyInclusion(index, size, leaf, mutated, root))
                    .isInstanceOf(ProofException.class);
        }
        if (size > 1) {
            long otherIndex = (index + 1 + random.nextInt((int) size - 1)) % size;
            assertRefused(() -> ProofVerifier.verifyInclusion(otherIndex, size, leaf, proof, root));
        }
        long wrongSize = size + 1 + random.nextInt(50);
        // A larger tree whose audit path has the same shape hashes identically: RFC 9162 binds the
        // size through the root, not the proof. Only shape-changing sizes must be refused here.
        if (ProofPlan.inclusion(index, wrongSize).size() != proof.size()) {
            assertRefused(() -> ProofVerifier.verifyInclusion(index, wrongSize, leaf, proof, root));
        }
        assertRefused(() -> ProofVerifier.verifyInclusion(index, size, flip(leaf, random), proof, root));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedConsistencyProofsVerifyAndMutationsAreRefused(long seed) {
        Random random = new Random(seed);
        MemoryTree tree = randomTree(random);
        long newSize = 1 + random.nextInt((int) tree.size());
        long oldSize = 1 + random.nextInt((int) newSize);
        byte[] oldRoot = tree.proofs().rootHash(oldSize);
        byte[] newRoot = tree.proofs().rootHash(newSize);
        List<byte[]> proof = tree.proofs().consistencyProof(oldSize, newSize);

        ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof);
        for (List<byte[]> mutated : mutations(proof, random)) {
            assertRefused(() -> ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, newRoot, mutated));
        }
        if (oldSize < newSize) {
            assertRefused(() -> ProofVerifier.verifyConsistency(oldSize, newSize, flip(oldRoot, random), newRoot, proof));
            // As for inclusion, sizes are bound by the roots; only shape-changing sizes must fail here.
            if (ProofPlan.consistency(oldSize + 1, newSize + 1).size() != proof.size()) {
                assertRefused(() -> ProofVerifier.verifyConsistency(oldSize + 1, newSize + 1, oldRoot, newRoot, proof));
            }
        }
        assertRefused(() -> ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, flip(newRoot, random), proof));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resumedCompactRangeContinuesWithSameRoots(long seed) {
        Random random = new Random(seed);
        MemoryTree tree = randomTree(random);
        long cut = random.nextInt((int) tree.size() + 1);
        CompactRange resumed = CompactRange.resume(cut, tree);
        for (long i = cut; i < tree.size(); i++) {
            resumed.append(tree.readHash(new NodeId(0, i)));
        }
        assertThat(resumed.rootHash()).isEqualTo(tree.rootHash());
    }
}
