package org.mizan.log.tile;

import java.util.ArrayList;
import java.util.List;
import org.mizan.log.TreeHasher;

/**
 * Hash tile bytes: the concatenated 32-byte hashes of one tile, left to right, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md#merkle-tree">C2SP tlog-tiles, Merkle Tree</a>.
 */
public final class HashTile {

    private HashTile() {
    }

    public static byte[] encode(List<byte[]> hashes) {
        byte[] tile = new byte[hashes.size() * TreeHasher.HASH_SIZE];
        for (int i = 0; i < hashes.size(); i++) {
            byte[] hash = hashes.get(i);
            if (hash.length != TreeHasher.HASH_SIZE) {
                throw new IllegalArgumentException("hash " + i + " is not 32 bytes");
            }
            System.arraycopy(hash, 0, tile, i * TreeHasher.HASH_SIZE, TreeHasher.HASH_SIZE);
        }
        return tile;
    }

    /** Splits tile bytes into hashes, checking the length against the expected width. */
    public static List<byte[]> decode(byte[] tile, int width) {
        if (tile.length != width * TreeHasher.HASH_SIZE) {
            throw new IllegalArgumentException("tile has " + tile.length + " bytes, expected " + width + " hashes");
        }
        List<byte[]> hashes = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            byte[] hash = new byte[TreeHasher.HASH_SIZE];
            System.arraycopy(tile, i * TreeHasher.HASH_SIZE, hash, 0, TreeHasher.HASH_SIZE);
            hashes.add(hash);
        }
        return hashes;
    }
}
