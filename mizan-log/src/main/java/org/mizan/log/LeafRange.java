package org.mizan.log;

import java.util.ArrayList;
import java.util.List;

/**
 * A half-open range of leaves {@code [start, end)} whose Merkle tree hash MTH(D[start:end]) is
 * defined in <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.1">RFC 9162 §2.1.1</a>.
 * Proof siblings are always such ranges, and each decomposes into a handful of perfect subtrees
 * that a server has stored.
 */
public record LeafRange(long start, long end) {

    public LeafRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid leaf range [" + start + ", " + end + ")");
        }
    }

    public long size() {
        return end - start;
    }

    /**
     * The perfect subtrees covering this range, left to right. Only ranges whose start is aligned
     * to the largest power of two not exceeding their size (always the case inside an RFC 9162
     * tree) hash as the right-to-left fold of these subtrees.
     */
    public List<NodeId> perfectSubtrees() {
        List<NodeId> nodes = new ArrayList<>();
        long position = start;
        while (position < end) {
            // Level 62 is the largest whose size fits in a positive long.
            int level = position == 0 ? 62 : Math.min(62, Long.numberOfTrailingZeros(position));
            while (level > 0 && (1L << level) > end - position) {
                level--;
            }
            nodes.add(new NodeId(level, position >> level));
            position += 1L << level;
        }
        return nodes;
    }
}
