package org.mizan.cli.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.mizan.log.CompactRange;
import org.mizan.log.StoredNode;
import org.mizan.log.TreeHasher;
import org.mizan.log.tile.HashTile;
import org.mizan.log.tile.TileHashReader;
import org.mizan.log.tile.TilePath;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Grows the log to a given number of entries by COPY, straight into its tables: random commitments
 * appended after the existing ones, with every subtree hash the integrator would have stored. The
 * running integrator then signs a checkpoint for the new size, as it would after a real backlog.
 */
public final class LargeLog {

    private static final int CHUNK = 100_000;

    private LargeLog() {
    }

    /** Returns the log's size afterwards. */
    public static long grow(DataSource dataSource, long target) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            lock(c);
            long size = scalar(c, "select coalesce(max(idx) + 1, 0) from ledger_entry");
            long integrated = scalar(c, "select coalesce(max(idx) + 1, 0) from ledger_hash where level = 0");
            if (size != integrated) {
                throw new IllegalStateException("The log has unintegrated entries; let the server catch up first");
            }
            CompactRange range = CompactRange.resume(size, new TileHashReader(path -> tile(c, path), size));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long started = System.nanoTime();
            while (range.size() < target) {
                StringBuilder entries = new StringBuilder();
                StringBuilder hashes = new StringBuilder();
                long end = Math.min(target, range.size() + CHUNK);
                while (range.size() < end) {
                    byte[] commitment = sha.digest(Long.toString(range.size()).getBytes(StandardCharsets.US_ASCII));
                    entries.append(range.size()).append("\t\\\\x").append(HexFormat.of().formatHex(commitment)).append('\n');
                    List<StoredNode> nodes = range.append(TreeHasher.leafHash(commitment));
                    // Only the tile levels are stored, as the integrator does.
                    for (StoredNode n : nodes) {
                        if (n.id().level() % TilePath.HEIGHT != 0) {
                            continue;
                        }
                        hashes.append(n.id().level()).append('\t').append(n.id().index()).append("\t\\\\x")
                                .append(HexFormat.of().formatHex(n.hash())).append('\n');
                    }
                }
                copy.copyIn("copy ledger_entry (idx, commitment) from stdin", stream(entries));
                copy.copyIn("copy ledger_hash (level, idx, hash) from stdin", stream(hashes));
                c.commit();
                lock(c);
                if (range.size() % 1_000_000 == 0) {
                    System.out.printf("(f) log grown to %,d entries (%.0f s)%n", range.size(), (System.nanoTime() - started) / 1e9);
                }
            }
            c.commit();
            return range.size();
        }
    }

    private static void lock(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            s.setLong(1, 0x4d697a616e4c67L);
            s.execute();
        }
    }

    private static ByteArrayInputStream stream(StringBuilder rows) {
        return new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] tile(Connection c, TilePath path) {
        try (PreparedStatement s = c.prepareStatement(
                "select hash from ledger_hash where level = ? and idx >= ? and idx < ? order by idx")) {
            s.setInt(1, path.level() * TilePath.HEIGHT);
            s.setLong(2, path.index() * TilePath.FULL_WIDTH);
            s.setLong(3, path.index() * TilePath.FULL_WIDTH + path.width());
            java.util.List<byte[]> hashes = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getBytes(1));
                }
            }
            return HashTile.encode(hashes);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
