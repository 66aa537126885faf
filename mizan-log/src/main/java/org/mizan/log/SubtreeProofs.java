package org.mizan.log;

import java.util.List;

/**
 * Verifies subtree inclusion and subtree consistency proofs of
 * <a href="https://datatracker.ietf.org/doc/html/draft-ietf-plants-merkle-tree-certs#section-4">Merkle
 * Tree Certificates §4</a> (draft-ietf-plants-merkle-tree-certs-04: subtrees §4.1, inclusion §4.3,
 * consistency §4.4.3). A subtree {@code [start, end)} is a range whose start is a multiple of
 * BIT_CEIL(end - start), so its hash MTH(D[start:end]) is a node, or a fold of nodes, of every
 * tree that contains it; cosigners sign such hashes instead of whole checkpoints.
 *
 * <p>The algorithms are ported from transparency-dev/merkle {@code proof/verify.go}
 * ({@code VerifySubtreeInclusion}, {@code VerifySubtreeConsistency}), whose edge-case policy the
 * shared test vectors encode. Sizes are non-negative {@code long}s: a uint64 above
 * {@code Long.MAX_VALUE} arrives negative and is refused like any other out-of-range value.
 * Every hash must be 32 bytes, as in {@link ProofVerifier}. Every failure throws {@link ProofException}.
 */
public final class SubtreeProofs {

    private SubtreeProofs() {
    }

    /** Checks that {@code leafHash} is leaf {@code index} of the subtree {@code [start, end)} whose hash is {@code subtreeHash}. */
    public static void verifyInclusion(long index, long start, long end, byte[] leafHash, List<byte[]> proof,
            byte[] subtreeHash) {
        ProofVerifier.requireHash(leafHash, "leaf hash");
        ProofVerifier.requireHash(subtreeHash, "subtree hash");
        proof.forEach(p -> ProofVerifier.requireHash(p, "proof element"));
        requireSubtree(start, end, false);
        if (index < start || index >= end) {
            throw new ProofException(ProofFailure.INDEX_OUT_OF_RANGE,
                    "index " + index + " outside subtree [" + start + ", " + end + ")");
        }
        // A subtree inclusion proof is the RFC 9162 audit path within D[start:end] (draft §4.3).
        byte[] computed = ProofVerifier.rootFromInclusionProof(index - start, end - start, leafHash, proof);
        ProofVerifier.requireEqual(computed, subtreeHash, ProofFailure.ROOT_MISMATCH);
    }

    /**
     * Checks that the subtree {@code [start, end)} with hash {@code subtreeHash} sits at those
     * positions in the tree of {@code size} with root {@code root}. With {@code start == 0} this is
     * an RFC 9162 consistency proof, except that {@code end == 0} is accepted: an empty subtree is
     * part of every tree, so it only needs an empty proof and the empty-tree hash.
     */
    public static void verifyConsistency(long start, long end, long size, List<byte[]> proof, byte[] subtreeHash,
            byte[] root) {
        ProofVerifier.requireHash(subtreeHash, "subtree hash");
        ProofVerifier.requireHash(root, "root");
        proof.forEach(p -> ProofVerifier.requireHash(p, "proof element"));
        requireSubtree(start, end, true);
        if (size < end) {
            throw new ProofException(ProofFailure.SIZE_OUT_OF_RANGE, "subtree end " + end + " beyond size " + size);
        }
        if (start == end) {
            requireEmptyProof(proof, "an empty subtree needs an empty proof");
            // The root is not consulted: nothing about the tree is proven, as upstream's vectors expect.
            ProofVerifier.requireEqual(subtreeHash, TreeHasher.emptyRoot(), ProofFailure.OLD_ROOT_MISMATCH);
            return;
        }
        if (start == 0 && end == size) {
            requireEmptyProof(proof, "the subtree is the whole tree");
            ProofVerifier.requireEqual(subtreeHash, root, ProofFailure.ROOT_MISMATCH);
            return;
        }
        if (proof.isEmpty()) {
            throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, "empty subtree consistency proof");
        }
        ProofVerifier.requireEqual(rootFromProof(start, end, size, proof, subtreeHash), root, ProofFailure.ROOT_MISMATCH);
    }

    /**
     * Refuses a range that is not a subtree: negative, reversed, empty (unless allowed), or with a
     * start that is not a multiple of BIT_CEIL(end - start).
     */
    static void requireSubtree(long start, long end, boolean allowEmpty) {
        boolean valid = start >= 0 && (end > start || (allowEmpty && end == start));
        long length = end - start;
        // BIT_CEIL of a length above 2^62 does not fit a long; any such subtree must start at 0 anyway.
        if (valid && start != 0 && length > 0) {
            valid = length <= 1L << 62 && (start & (bitCeil(length) - 1)) == 0;
        }
        if (!valid) {
            throw new ProofException(ProofFailure.INVALID_SUBTREE, "[" + start + ", " + end + ") is not a subtree");
        }
    }

    /** The smallest power of two not below {@code n}, for {@code 0 < n <= 2^62}. */
    static long bitCeil(long n) {
        return n == 1 ? 1 : Long.highestOneBit(n - 1) << 1;
    }

    /** The root implied by a non-trivial proof; upstream's {@code rootFromSubtreeConsistencyProof}. */
    private static byte[] rootFromProof(long start, long end, long size, List<byte[]> proof, byte[] subtreeHash) {
        if (end == size) {
            // The subtree is on the right border: only left siblings of its ancestors are needed.
            long index = start >>> bitLength((end - 1) ^ start);
            requireProofSize(proof, Long.bitCount(index));
            return chainBorderRight(subtreeHash, proof);
        }
        // Split where the paths to leaves end-1 and size-1 diverge, as for an inclusion proof of end-1.
        int forkLevel = bitLength((end - 1) ^ (size - 1));
        int border = Long.bitCount((end - 1) >>> forkLevel);
        // The proof starts at the height of the rightmost perfect subtree inside [start, end).
        int shift = Long.numberOfTrailingZeros(end - start);
        int inner = forkLevel - shift;
        // A perfect subtree is its own seed; otherwise the proof's first hash is that rightmost part.
        boolean perfect = end - start == 1L << shift;
        int first = perfect ? 0 : 1;
        requireProofSize(proof, first + inner + border);
        byte[] seed = perfect ? subtreeHash : proof.get(0);
        List<byte[]> path = proof.subList(first, proof.size());
        long mask = (end - 1) >>> shift;
        if (!perfect) {
            requireSubtreeHash(start, end, forkLevel, border, seed, path, mask, subtreeHash);
        }
        byte[] hash = chainInner(seed, path.subList(0, inner), mask);
        return chainBorderRight(hash, path.subList(inner, path.size()));
    }

    /** A non-perfect subtree's hash is not in the proof, so the proof must rebuild it from its left siblings. */
    private static void requireSubtreeHash(long start, long end, int forkLevel, int border, byte[] seed,
            List<byte[]> path, long mask, byte[] subtreeHash) {
        int height = bitLength((end - 1) ^ start);
        int shift = Long.numberOfTrailingZeros(end - start);
        int subInner = Math.min(height, forkLevel) - shift;
        int subBorder = Math.max(0, border - Long.bitCount((end - 1) >>> height));
        int inner = forkLevel - shift;
        byte[] hash = chainInnerRight(seed, path.subList(0, subInner), mask);
        hash = chainBorderRight(hash, path.subList(inner, inner + subBorder));
        ProofVerifier.requireEqual(hash, subtreeHash, ProofFailure.OLD_ROOT_MISMATCH);
    }

    private static byte[] chainInner(byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            hash = ((index >>> i) & 1) == 0 ? TreeHasher.nodeHash(hash, proof.get(i)) : TreeHasher.nodeHash(proof.get(i), hash);
        }
        return hash;
    }

    /** Like {@link #chainInner} but skips right siblings: the result is the subtree before later leaves were added. */
    private static byte[] chainInnerRight(byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            if (((index >>> i) & 1) == 1) {
                hash = TreeHasher.nodeHash(proof.get(i), hash);
            }
        }
        return hash;
    }

    /** Border hashes are all left siblings, one per level. */
    private static byte[] chainBorderRight(byte[] seed, List<byte[]> proof) {
        byte[] hash = seed;
        for (byte[] left : proof) {
            hash = TreeHasher.nodeHash(left, hash);
        }
        return hash;
    }

    private static void requireProofSize(List<byte[]> proof, int expected) {
        if (proof.size() != expected) {
            throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, "proof has " + proof.size() + " hashes, want " + expected);
        }
    }

    private static void requireEmptyProof(List<byte[]> proof, String why) {
        if (!proof.isEmpty()) {
            throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, why);
        }
    }

    /** Go's {@code bits.Len64}: the number of bits needed to represent {@code x}. */
    private static int bitLength(long x) {
        return Long.SIZE - Long.numberOfLeadingZeros(x);
    }
}
