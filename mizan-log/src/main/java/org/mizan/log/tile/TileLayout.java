package org.mizan.log.tile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Comparator;
import org.mizan.log.LeafRange;
import org.mizan.log.NodeId;
import org.mizan.log.ProofPlan;

/**
 * Which tiles hold which hashes for a tree of a given size, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md#merkle-tree">C2SP tlog-tiles, Merkle Tree</a>:
 * tile level {@code L} stores Merkle level {@code 8L}, and the width of the last tile of a level
 * follows from the tree size.
 */
public final class TileLayout {

    private static final Comparator<TilePath> ORDER = Comparator.comparingInt(TilePath::level)
            .thenComparingLong(TilePath::index).thenComparingInt(TilePath::width);

    private final long treeSize;

    public TileLayout(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("negative tree size");
        }
        this.treeSize = treeSize;
    }

    public long treeSize() {
        return treeSize;
    }

    /** The tile holding stored hashes for {@code node}; for levels between multiples of 8 the node is recomputed from it. */
    public TilePath tileFor(NodeId node) {
        if (node.endLeaf() > treeSize) {
            throw new IllegalArgumentException(node + " is not in a tree of size " + treeSize);
        }
        int tileLevel = node.level() / TilePath.HEIGHT;
        long baseIndex = node.index() << (node.level() % TilePath.HEIGHT);
        return hashTile(tileLevel, baseIndex >> TilePath.HEIGHT);
    }

    /** The hash tile {@code (tileLevel, tileIndex)} with the width it has at this tree size. */
    public TilePath hashTile(int tileLevel, long tileIndex) {
        long hashesAtLevel = treeSize >> (TilePath.HEIGHT * tileLevel);
        long width = Math.min(TilePath.FULL_WIDTH, hashesAtLevel - tileIndex * TilePath.FULL_WIDTH);
        if (width < 1) {
            throw new IllegalArgumentException("tile " + tileLevel + "/" + tileIndex + " is empty at size " + treeSize);
        }
        return TilePath.hashes(tileLevel, tileIndex, (int) width);
    }

    /** The entry bundle holding leaf {@code index}. */
    public TilePath entryBundleFor(long index) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " not in tree of size " + treeSize);
        }
        long bundle = index / TilePath.FULL_WIDTH;
        return TilePath.entries(bundle, (int) Math.min(TilePath.FULL_WIDTH, treeSize - bundle * TilePath.FULL_WIDTH));
    }

    /** Every hash tile of the tree, level by level: the full ones and at most one partial per level. */
    public List<TilePath> allHashTiles() {
        List<TilePath> tiles = new ArrayList<>();
        for (int level = 0; (treeSize >> (TilePath.HEIGHT * level)) > 0; level++) {
            long count = treeSize >> (TilePath.HEIGHT * level);
            for (long index = 0; index * TilePath.FULL_WIDTH < count; index++) {
                tiles.add(hashTile(level, index));
            }
        }
        return tiles;
    }

    /** The tiles a client needs to compute the inclusion proof of leaf {@code index}. */
    public SortedSet<TilePath> tilesForInclusion(long index) {
        return tilesFor(ProofPlan.inclusion(index, treeSize));
    }

    /** The tiles a client needs to compute the consistency proof from {@code oldSize} to this size. */
    public SortedSet<TilePath> tilesForConsistency(long oldSize) {
        return tilesFor(ProofPlan.consistency(oldSize, treeSize));
    }

    /** The tiles needed to read the given ranges' hashes. */
    public SortedSet<TilePath> tilesFor(Collection<LeafRange> ranges) {
        SortedSet<TilePath> tiles = new TreeSet<>(ORDER);
        for (LeafRange range : ranges) {
            range.perfectSubtrees().forEach(node -> tiles.add(tileFor(node)));
        }
        return tiles;
    }
}
