package org.mizan.log.tile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads tiles from a local copy of a log laid out per C2SP tlog-tiles (e.g. Tessera's POSIX driver). */
public final class DirectoryTileReader implements TileReader {

    private final Path root;

    public DirectoryTileReader(Path root) {
        this.root = root;
    }

    @Override
    public byte[] readTile(TilePath path) {
        try {
            return Files.readAllBytes(root.resolve(path.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
