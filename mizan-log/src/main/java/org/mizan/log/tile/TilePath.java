package org.mizan.log.tile;

/**
 * A tile's address, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md#merkle-tree">C2SP tlog-tiles, Merkle Tree</a>:
 * {@code tile/<L>/<N>[.p/<W>]} for hash tiles and {@code tile/entries/<N>[.p/<W>]} for entry
 * bundles, with {@code N} written in 3-digit groups prefixed by {@code x}. Go's sumdb layout
 * {@code tile/<H>/<L|data>/<N>[.p/<W>]}, which carries an explicit height, is also supported
 * because C2SP tiles are its height-8 special case.
 *
 * @param height log2 of the full tile width: always 8 in C2SP tlog-tiles
 * @param level  tile level (Merkle level {@code 8 * level} for height 8), or {@link #ENTRIES} for entry bundles
 * @param index  tile index {@code N} within its level
 * @param width  number of hashes or entries, {@code 1..2^height}; less than full means a partial tile
 */
public record TilePath(int height, int level, long index, int width) {

    /** Level marker for entry bundles (Go's "data" tiles). */
    public static final int ENTRIES = -1;
    /** Tile height fixed by C2SP tlog-tiles. */
    public static final int HEIGHT = 8;
    /** Full tile width for C2SP tlog-tiles. */
    public static final int FULL_WIDTH = 1 << HEIGHT;

    public TilePath {
        if (height < 1 || height > 30 || level < ENTRIES || level > 63 || index < 0
                || width < 1 || width > (1 << height)) {
            throw new IllegalArgumentException("invalid tile " + height + "/" + level + "/" + index + "/" + width);
        }
    }

    /** A C2SP hash tile. */
    public static TilePath hashes(int level, long index, int width) {
        return new TilePath(HEIGHT, level, index, width);
    }

    /** A C2SP entry bundle. */
    public static TilePath entries(long index, int width) {
        return new TilePath(HEIGHT, ENTRIES, index, width);
    }

    public boolean isEntries() {
        return level == ENTRIES;
    }

    public boolean isPartial() {
        return width < (1 << height);
    }

    /** The C2SP path; only defined for height 8. */
    public String path() {
        if (height != HEIGHT) {
            throw new IllegalStateException("C2SP tiles have height 8; use sumdbPath()");
        }
        return "tile/" + (isEntries() ? "entries" : Integer.toString(level)) + "/" + suffix();
    }

    /** The Go sumdb path with explicit height. */
    public String sumdbPath() {
        return "tile/" + height + "/" + (isEntries() ? "data" : Integer.toString(level)) + "/" + suffix();
    }

    /** Parses a C2SP tile path, refusing any non-canonical spelling. */
    public static TilePath parse(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length < 3 || !parts[0].equals("tile")) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        int level = parts[1].equals("entries") ? ENTRIES : parseSmall(parts[1], path);
        return canonical(parseRest(HEIGHT, level, parts, 2, path), path, false);
    }

    /** Parses a Go sumdb tile path {@code tile/H/L/N[.p/W]}. */
    public static TilePath parseSumdb(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length < 4 || !parts[0].equals("tile")) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        int height = parseSmall(parts[1], path);
        int level = parts[2].equals("data") ? ENTRIES : parseSmall(parts[2], path);
        return canonical(parseRest(height, level, parts, 3, path), path, true);
    }

    @Override
    public String toString() {
        return height == HEIGHT ? path() : sumdbPath();
    }

    private String suffix() {
        String n = TileIndex.format(index);
        return isPartial() ? n + ".p/" + width : n;
    }

    private static TilePath parseRest(int height, int level, String[] parts, int first, String path) {
        if (height < 1 || height > 30) {
            throw new IllegalArgumentException("invalid tile height: " + path);
        }
        int width = 1 << height;
        int last = parts.length;
        if (parts[last - 2].endsWith(".p")) {
            width = parseSmall(parts[last - 1], path);
            if (width >= 1 << height) {
                throw new IllegalArgumentException("partial width must be below full width: " + path);
            }
            parts[last - 2] = parts[last - 2].substring(0, parts[last - 2].length() - 2);
            last--;
        }
        if (last <= first) {
            throw new IllegalArgumentException("missing tile index: " + path);
        }
        return new TilePath(height, level, TileIndex.parse(parts, first, last, path), width);
    }

    private static TilePath canonical(TilePath parsed, String path, boolean sumdb) {
        if (!(sumdb ? parsed.sumdbPath() : parsed.path()).equals(path)) {
            throw new IllegalArgumentException("non-canonical tile path: " + path);
        }
        return parsed;
    }

    private static int parseSmall(String digits, String path) {
        if (!digits.matches("0|[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("invalid number in tile path: " + path);
        }
        return Integer.parseInt(digits);
    }
}
