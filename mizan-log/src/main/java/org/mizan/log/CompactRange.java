package org.mizan.log;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree: one perfect-subtree hash per set bit of the size (a "compact
 * range" over [0, size)). Appending a leaf costs O(log n) hashes and reports every perfect
 * subtree it completes, which is exactly what a server persists (level 0, 8, 16, … make up
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md">tlog-tiles</a>). The root is
 * MTH of <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.1">RFC 9162 §2.1.1</a>.
 * Not thread-safe: a log has a single sequencer.
 */
public final class CompactRange {

    private long size;
    // Hashes of the perfect subtrees of the right edge, largest (leftmost) first.
    private final List<byte[]> edge = new ArrayList<>();

    /** An empty tree. */
    public CompactRange() {
    }

    /** Resumes from a stored tree of {@code size}, reading only the O(log n) edge nodes. */
    public static CompactRange resume(long size, HashReader stored) {
        CompactRange range = new CompactRange();
        if (size > 0) {
            for (NodeId node : new LeafRange(0, size).perfectSubtrees()) {
                range.edge.add(stored.readHash(node));
            }
        }
        range.size = size;
        return range;
    }

    public long size() {
        return size;
    }

    /** Appends a leaf by its leaf hash; returns the leaf node and every subtree it completed, bottom-up. */
    public List<StoredNode> append(byte[] leafHash) {
        if (!TreeHasher.isHash(leafHash)) {
            throw new IllegalArgumentException("leaf hash must be 32 bytes");
        }
        List<StoredNode> completed = new ArrayList<>();
        byte[] hash = leafHash.clone();
        long index = size;
        int level = 0;
        completed.add(new StoredNode(new NodeId(0, index), hash));
        // Each trailing one bit of the old size is a left sibling that the new leaf now completes.
        while (((size >> level) & 1) == 1) {
            hash = TreeHasher.nodeHash(edge.remove(edge.size() - 1), hash);
            level++;
            index >>= 1;
            completed.add(new StoredNode(new NodeId(level, index), hash));
        }
        edge.add(hash);
        size++;
        return completed;
    }

    /** Appends a raw entry, hashing it as an RFC 9162 leaf. */
    public List<StoredNode> appendEntry(byte[] entry) {
        return append(TreeHasher.leafHash(entry));
    }

    /** The current root: the edge folded right to left. */
    public byte[] rootHash() {
        if (edge.isEmpty()) {
            return TreeHasher.emptyRoot();
        }
        byte[] hash = edge.get(edge.size() - 1);
        for (int i = edge.size() - 2; i >= 0; i--) {
            hash = TreeHasher.nodeHash(edge.get(i), hash);
        }
        return hash;
    }
}
