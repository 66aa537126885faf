package org.mizan.log;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random trees, hashes and proof mutations for the property tests of the proof algebra. */
final class RandomTrees {

    private RandomTrees() {
    }

    /** A tree of 1 to 40 or 1 to 3000 random entries. */
    static MemoryTree randomTree(Random random) {
        MemoryTree tree = new MemoryTree();
        int size = 1 + random.nextInt(random.nextBoolean() ? 40 : 3000);
        for (int i = 0; i < size; i++) {
            byte[] entry = new byte[random.nextInt(16)];
            random.nextBytes(entry);
            tree.append(entry);
        }
        return tree;
    }

    /** Flip one bit in one element, drop one element, add one element. */
    static List<List<byte[]>> mutations(List<byte[]> proof, Random random) {
        List<List<byte[]>> mutated = new ArrayList<>();
        if (!proof.isEmpty()) {
            List<byte[]> flipped = new ArrayList<>(proof);
            int at = random.nextInt(proof.size());
            flipped.set(at, flip(proof.get(at), random));
            mutated.add(flipped);
            List<byte[]> dropped = new ArrayList<>(proof);
            dropped.remove(random.nextInt(proof.size()));
            mutated.add(dropped);
        }
        List<byte[]> added = new ArrayList<>(proof);
        added.add(random.nextInt(proof.size() + 1), randomHash(random));
        mutated.add(added);
        return mutated;
    }

    static byte[] randomHash(Random random) {
        byte[] hash = new byte[TreeHasher.HASH_SIZE];
        random.nextBytes(hash);
        return hash;
    }

    static byte[] flip(byte[] hash, Random random) {
        byte[] copy = hash.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    static void assertRefused(Runnable verification) {
        assertThatThrownBy(verification::run).isInstanceOf(ProofException.class);
    }
}
