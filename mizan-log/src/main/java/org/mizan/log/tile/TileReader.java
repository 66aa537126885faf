package org.mizan.log.tile;

/**
 * Fetches tile bytes, from a directory, an HTTP server or object storage, laid out per
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md">C2SP tlog-tiles</a>.
 */
@FunctionalInterface
public interface TileReader {

    /**
     * The bytes of the tile at {@code path}.
     *
     * @throws java.io.UncheckedIOException if the tile cannot be read
     */
    byte[] readTile(TilePath path);
}
