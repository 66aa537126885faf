package org.mizan.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which subtree hashes make up a proof, before any hash is read. Separating the plan from the
 * reading lets a server batch its database or tile fetches and lets a client work out which
 * tiles to download.
 *
 * <p>Inclusion follows PATH(m, D[n]) of
 * <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3.1">RFC 9162 §2.1.3.1</a> and
 * consistency follows SUBPROOF(m, D[n], b) of
 * <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.4.1">RFC 9162 §2.1.4.1</a>; both
 * return the proof's hashes in proof order, each as the leaf range it commits to.
 */
public final class ProofPlan {

    private ProofPlan() {
    }

    /** The ranges whose hashes form the inclusion proof of leaf {@code index} in a tree of {@code size}. */
    public static List<LeafRange> inclusion(long index, long size) {
        if (index < 0 || index >= size) {
            throw new ProofException(ProofFailure.INDEX_OUT_OF_RANGE, "index " + index + ", size " + size);
        }
        List<LeafRange> path = new ArrayList<>();
        long lo = 0;
        long hi = size;
        while (hi - lo > 1) {
            long k = largestPowerOfTwoBelow(hi - lo);
            if (index < lo + k) {
                path.add(new LeafRange(lo + k, hi));
                hi = lo + k;
            } else {
                path.add(new LeafRange(lo, lo + k));
                lo = lo + k;
            }
        }
        // Built root-down; the proof lists siblings leaf-up.
        Collections.reverse(path);
        return path;
    }

    /** The ranges whose hashes form the consistency proof between tree sizes {@code oldSize} and {@code newSize}. */
    public static List<LeafRange> consistency(long oldSize, long newSize) {
        if (oldSize <= 0 || oldSize > newSize) {
            throw new ProofException(ProofFailure.SIZE_OUT_OF_RANGE, "sizes " + oldSize + " -> " + newSize);
        }
        List<LeafRange> proof = new ArrayList<>();
        long lo = 0;
        long hi = newSize;
        long m = oldSize;
        boolean oldIsWholeSubtree = true;
        while (m != hi - lo) {
            long k = largestPowerOfTwoBelow(hi - lo);
            if (m <= k) {
                proof.add(new LeafRange(lo + k, hi));
                hi = lo + k;
            } else {
                proof.add(new LeafRange(lo, lo + k));
                lo = lo + k;
                m -= k;
                oldIsWholeSubtree = false;
            }
        }
        if (!oldIsWholeSubtree) {
            // SUBPROOF(m, D[m], false) = {MTH(D[m])}: the old subtree itself is not known to the verifier.
            proof.add(new LeafRange(lo, hi));
        }
        Collections.reverse(proof);
        return proof;
    }

    /**
     * The ranges whose hashes form the inclusion proof of leaf {@code index} in the subtree
     * {@code [start, end)}: the audit path within D[start:end] (Merkle Tree Certificates §4.3).
     */
    public static List<LeafRange> subtreeInclusion(long index, long start, long end) {
        SubtreeProofs.requireSubtree(start, end, false);
        if (index < start || index >= end) {
            throw new ProofException(ProofFailure.INDEX_OUT_OF_RANGE,
                    "index " + index + " outside subtree [" + start + ", " + end + ")");
        }
        // The subtree is aligned, so shifted ranges stay aligned and hash from stored nodes.
        return inclusion(index - start, end - start).stream()
                .map(r -> new LeafRange(r.start() + start, r.end() + start)).toList();
    }

    /**
     * The ranges whose hashes form SUBTREE_PROOF(start, end, D[size]) of
     * <a href="https://datatracker.ietf.org/doc/html/draft-ietf-plants-merkle-tree-certs#section-4.4">Merkle
     * Tree Certificates §4.4</a>. Like {@link #consistency}, which it equals for {@code start == 0},
     * it descends towards the subtree; once the subtree straddles a split it must start the
     * current node, and its right part is no longer known to the verifier.
     */
    public static List<LeafRange> subtreeConsistency(long start, long end, long size) {
        SubtreeProofs.requireSubtree(start, end, false);
        if (size < end) {
            throw new ProofException(ProofFailure.SIZE_OUT_OF_RANGE, "subtree end " + end + " beyond size " + size);
        }
        List<LeafRange> proof = new ArrayList<>();
        long lo = 0;
        long hi = size;
        long from = start;
        boolean subtreeIsKnown = true;
        while (from != lo || end != hi) {
            long mid = lo + largestPowerOfTwoBelow(hi - lo);
            if (end <= mid) {
                proof.add(new LeafRange(mid, hi));
                hi = mid;
            } else {
                proof.add(new LeafRange(lo, mid));
                if (from < mid) {
                    // Straddling: validity forces from == lo; continue with the part right of mid.
                    from = mid;
                    subtreeIsKnown = false;
                }
                lo = mid;
            }
        }
        if (!subtreeIsKnown) {
            proof.add(new LeafRange(lo, hi));
        }
        Collections.reverse(proof);
        return proof;
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n > 1}. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
