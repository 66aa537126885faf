package org.mizan.log.tile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.log.HashReader;
import org.mizan.log.NodeId;
import org.mizan.log.TreeHasher;

/**
 * Reads perfect-subtree hashes out of
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md">C2SP tlog-tiles</a>, so a
 * client holding only tiles can compute roots and proofs with {@link org.mizan.log.ProofBuilder}.
 * Nodes between stored levels are rehashed from the tile below. Tiles are cached per instance;
 * create one per tree size.
 */
public final class TileHashReader implements HashReader {

    private final TileReader tiles;
    private final TileLayout layout;
    private final Map<TilePath, List<byte[]>> cache = new HashMap<>();

    public TileHashReader(TileReader tiles, long treeSize) {
        this.tiles = tiles;
        this.layout = new TileLayout(treeSize);
    }

    @Override
    public byte[] readHash(NodeId node) {
        TilePath tile = layout.tileFor(node);
        List<byte[]> stored = cache.computeIfAbsent(tile, t -> HashTile.decode(tiles.readTile(t), t.width()));
        int below = node.level() % TilePath.HEIGHT;
        int first = (int) ((node.index() << below) - tile.index() * TilePath.FULL_WIDTH);
        List<byte[]> level = new ArrayList<>(stored.subList(first, first + (1 << below)));
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>(level.size() / 2);
            for (int i = 0; i < level.size(); i += 2) {
                up.add(TreeHasher.nodeHash(level.get(i), level.get(i + 1)));
            }
            level = up;
        }
        return level.get(0).clone();
    }
}
