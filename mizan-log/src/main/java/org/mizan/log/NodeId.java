package org.mizan.log;

/**
 * A perfect (full) subtree of the log: the node at {@code level} covering leaves
 * {@code [index << level, (index + 1) << level)}. Leaves are level 0. This is the addressing used by
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md">C2SP tlog-tiles</a> and by
 * stored-hash tables, so a server can persist exactly these nodes.
 */
public record NodeId(int level, long index) implements Comparable<NodeId> {

    public NodeId {
        if (level < 0 || level > 63) {
            throw new IllegalArgumentException("level out of range: " + level);
        }
        if (index < 0 || (level > 0 && index > (Long.MAX_VALUE >> level))) {
            throw new IllegalArgumentException("index out of range: " + index);
        }
    }

    /** First leaf covered by this node. */
    public long firstLeaf() {
        return index << level;
    }

    /** One past the last leaf covered by this node. */
    public long endLeaf() {
        return (index + 1) << level;
    }

    public NodeId left() {
        return new NodeId(level - 1, index * 2);
    }

    public NodeId right() {
        return new NodeId(level - 1, index * 2 + 1);
    }

    @Override
    public int compareTo(NodeId other) {
        int byLevel = Integer.compare(level, other.level);
        return byLevel != 0 ? byLevel : Long.compare(index, other.index);
    }
}
