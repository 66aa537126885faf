package org.mizan.log.tile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry bundle: each entry as a big-endian uint16 length followed by its bytes, per
 * <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md#log-entries">C2SP tlog-tiles, Log Entries</a>.
 */
public record EntryBundle(List<byte[]> entries) {

    /** The largest entry a uint16 length prefix can describe. */
    public static final int MAX_ENTRY_SIZE = 0xffff;

    public EntryBundle {
        List<byte[]> copies = new ArrayList<>(entries.size());
        for (byte[] entry : entries) {
            if (entry.length > MAX_ENTRY_SIZE) {
                throw new IllegalArgumentException("entry longer than " + MAX_ENTRY_SIZE + " bytes");
            }
            copies.add(entry.clone());
        }
        if (copies.size() > TilePath.FULL_WIDTH) {
            throw new IllegalArgumentException("a bundle holds at most " + TilePath.FULL_WIDTH + " entries");
        }
        entries = List.copyOf(copies);
    }

    public static EntryBundle decode(byte[] bundle) {
        ByteBuffer in = ByteBuffer.wrap(bundle);
        List<byte[]> entries = new ArrayList<>();
        while (in.hasRemaining()) {
            if (in.remaining() < 2) {
                throw new IllegalArgumentException("truncated entry length");
            }
            int length = in.getShort() & 0xffff;
            if (in.remaining() < length) {
                throw new IllegalArgumentException("truncated entry");
            }
            byte[] entry = new byte[length];
            in.get(entry);
            entries.add(entry);
        }
        return new EntryBundle(entries);
    }

    @Override
    public List<byte[]> entries() {
        List<byte[]> copies = new ArrayList<>(entries.size());
        entries.forEach(e -> copies.add(e.clone()));
        return copies;
    }

    public int size() {
        return entries.size();
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            out.write(entry.length >> 8);
            out.write(entry.length);
            out.writeBytes(entry);
        }
        return out.toByteArray();
    }
}
