package org.mizan.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Source of stored perfect-subtree hashes, so that proofs can be generated from a database, from
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md">tlog-tiles</a> or from memory
 * without holding the whole tree.
 */
@FunctionalInterface
public interface HashReader {

    /**
     * The hash of the perfect subtree {@code node}.
     *
     * @throws IllegalArgumentException if the node is not (yet) stored
     */
    byte[] readHash(NodeId node);

    /** Batch form; implementations backed by I/O should override it to fetch in one round trip. */
    default List<byte[]> readHashes(List<NodeId> nodes) {
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            hashes.add(readHash(node));
        }
        return hashes;
    }

    /** MTH(D[start:end]) of an aligned range, folding its perfect subtrees right to left. */
    default byte[] rangeHash(LeafRange range) {
        List<byte[]> hashes = readHashes(range.perfectSubtrees());
        byte[] hash = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            hash = TreeHasher.nodeHash(hashes.get(i), hash);
        }
        return hash;
    }
}
