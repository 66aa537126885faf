package org.mizan.log.tile;

/**
 * The {@code <N>} encoding of
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md#merkle-tree">C2SP tlog-tiles</a>:
 * groups of three decimal digits, every group but the last prefixed with {@code x}, so that no
 * directory holds more than 1000 entries.
 */
final class TileIndex {

    private TileIndex() {
    }

    static String format(long index) {
        String digits = String.format("%03d", index % 1000);
        for (long rest = index / 1000; rest > 0; rest /= 1000) {
            digits = String.format("x%03d/", rest % 1000) + digits;
        }
        return digits;
    }

    static long parse(String[] parts, int first, int last, String path) {
        long index = 0;
        for (int i = first; i < last; i++) {
            String group = i < last - 1 ? stripX(parts[i], path) : parts[i];
            if (!group.matches("[0-9]{3}") || index > (Long.MAX_VALUE - 999) / 1000) {
                throw new IllegalArgumentException("invalid tile index: " + path);
            }
            index = index * 1000 + Integer.parseInt(group);
        }
        return index;
    }

    private static String stripX(String group, String path) {
        if (!group.startsWith("x")) {
            throw new IllegalArgumentException("non-final index groups need an x prefix: " + path);
        }
        return group.substring(1);
    }
}
