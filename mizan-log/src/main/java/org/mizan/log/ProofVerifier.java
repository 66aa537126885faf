package org.mizan.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies inclusion proofs
 * (<a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3.2">RFC 9162 §2.1.3.2</a>) and
 * consistency proofs
 * (<a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.4.2">RFC 9162 §2.1.4.2</a>),
 * following the RFC's algorithms step by step. Every failure throws {@link ProofException}.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /** Checks that {@code leafHash} is leaf {@code index} of the tree of {@code size} with root {@code root}. */
    public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        requireHash(leafHash, "leaf hash");
        requireHash(root, "root");
        proof.forEach(p -> requireHash(p, "proof element"));
        if (index < 0 || index >= size) {
            throw new ProofException(ProofFailure.INDEX_OUT_OF_RANGE, "index " + index + ", size " + size);
        }
        byte[] computed = rootFromInclusionProof(index, size, leafHash, proof);
        requireEqual(computed, root, ProofFailure.ROOT_MISMATCH);
    }

    /** The root implied by an inclusion proof; steps 2–5 of RFC 9162 §2.1.3.2. */
    public static byte[] rootFromInclusionProof(long index, long size, byte[] leafHash, List<byte[]> proof) {
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, "proof longer than tree height");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHasher.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = TreeHasher.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, "proof shorter than tree height");
        }
        return r;
    }

    /**
     * Checks that the tree of {@code oldSize} with {@code oldRoot} is a prefix of the tree of
     * {@code newSize} with {@code newRoot}. Sizes are checked first, as in transparency-dev/merkle:
     * an old size of zero is refused because it proves nothing (protocols that accept it must
     * handle it before calling), equal sizes need an empty proof and equal roots.
     */
    public static void verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
            List<byte[]> proof) {
        requireHash(oldRoot, "old root");
        requireHash(newRoot, "new root");
        proof.forEach(p -> requireHash(p, "proof element"));
        if (oldSize <= 0 || oldSize > newSize) {
            throw new ProofException(ProofFailure.SIZE_OUT_OF_RANGE, "sizes " + oldSize + " -> " + newSize);
        }
        if (oldSize == newSize) {
            if (!proof.isEmpty()) {
                throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, "equal sizes need an empty proof");
            }
            requireEqual(oldRoot, newRoot, ProofFailure.ROOT_MISMATCH);
            return;
        }
        verifyConsistencyPath(oldSize, newSize, oldRoot, newRoot, proof);
    }

    private static void verifyConsistencyPath(long first, long second, byte[] firstHash, byte[] secondHash,
            List<byte[]> proof) {
        if (proof.isEmpty()) {
            throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, "empty consistency proof");
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstHash);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, "proof longer than tree height");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHasher.nodeHash(c, fr);
                sr = TreeHasher.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = TreeHasher.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofException(ProofFailure.WRONG_PROOF_SIZE, "proof shorter than tree height");
        }
        requireEqual(fr, firstHash, ProofFailure.OLD_ROOT_MISMATCH);
        requireEqual(sr, secondHash, ProofFailure.ROOT_MISMATCH);
    }

    static void requireHash(byte[] hash, String what) {
        if (!TreeHasher.isHash(hash)) {
            throw new ProofException(ProofFailure.MALFORMED_HASH,
                    what + " must be " + TreeHasher.HASH_SIZE + " bytes");
        }
    }

    static void requireEqual(byte[] computed, byte[] expected, ProofFailure failure) {
        // Constant time is not needed for public data, but isEqual is also the clearest comparison.
        if (!MessageDigest.isEqual(computed, expected)) {
            throw new ProofException(failure, "computed hash differs from expected");
        }
    }
}
