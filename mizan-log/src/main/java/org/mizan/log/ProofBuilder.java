package org.mizan.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates roots and proofs from stored subtree hashes: PATH and PROOF of
 * <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3.1">RFC 9162 §2.1.3.1</a> and
 * <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.4.1">§2.1.4.1</a>. It reads
 * O(log n) hashes per proof from a {@link HashReader}.
 */
public final class ProofBuilder {

    private final HashReader hashes;

    public ProofBuilder(HashReader hashes) {
        this.hashes = hashes;
    }

    /** MTH(D[0:size]); the empty tree hashes to SHA-256(""). */
    public byte[] rootHash(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size " + size);
        }
        return size == 0 ? TreeHasher.emptyRoot() : hashes.rangeHash(new LeafRange(0, size));
    }

    /** The audit path for leaf {@code index} in the tree of {@code size}. */
    public List<byte[]> inclusionProof(long index, long size) {
        return read(ProofPlan.inclusion(index, size));
    }

    /** The consistency proof from the tree of {@code oldSize} to the tree of {@code newSize}. */
    public List<byte[]> consistencyProof(long oldSize, long newSize) {
        return read(ProofPlan.consistency(oldSize, newSize));
    }

    /** MTH(D[start:end]) of a subtree, the hash a subtree proof commits to. */
    public byte[] subtreeHash(long start, long end) {
        SubtreeProofs.requireSubtree(start, end, false);
        return hashes.rangeHash(new LeafRange(start, end));
    }

    /** The inclusion proof of leaf {@code index} in the subtree {@code [start, end)}. */
    public List<byte[]> subtreeInclusionProof(long index, long start, long end) {
        return read(ProofPlan.subtreeInclusion(index, start, end));
    }

    /** The consistency proof of the subtree {@code [start, end)} in the tree of {@code size}. */
    public List<byte[]> subtreeConsistencyProof(long start, long end, long size) {
        return read(ProofPlan.subtreeConsistency(start, end, size));
    }

    private List<byte[]> read(List<LeafRange> ranges) {
        List<byte[]> proof = new ArrayList<>(ranges.size());
        for (LeafRange range : ranges) {
            proof.add(hashes.rangeHash(range));
        }
        return proof;
    }
}
