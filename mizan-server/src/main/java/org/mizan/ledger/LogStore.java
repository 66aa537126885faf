package org.mizan.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.mizan.log.HashReader;
import org.mizan.log.StoredNode;
import org.mizan.log.tile.HashTile;
import org.mizan.log.tile.TileHashReader;
import org.mizan.log.tile.TilePath;
import org.mizan.log.tile.TileReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's tables: entries (commitments), the subtree hashes of the tile levels (0, 8, 16, …, as
 * C2SP tlog-tiles lays them out) and signed checkpoints. Hashes between tile levels are recomputed
 * from the tile below when needed, which halves what the integrator writes.
 */
@Repository
class LogStore implements TileReader {

    /** A signed checkpoint as stored. */
    record StoredCheckpoint(long size, byte[] root, String note, OffsetDateTime signedAt) {
    }

    private static final int CACHED_TILES = 4096;
    private static final long APPEND_LOCK = 0x4d697a616e4170L;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    // Full tiles never change, so they can be kept: the upper tiles of a large tree serve every proof.
    private final Map<TilePath, byte[]> fullTiles = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TilePath, byte[]> eldest) {
            return size() > CACHED_TILES;
        }
    });

    LogStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Held until the appending transaction ends, so two appenders never take the same index. */
    void lockForAppend() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Object.class).single();
    }

    long nextIndex() {
        return jdbc.sql("select coalesce(max(idx) + 1, 0) from ledger_entry").query(Long.class).single();
    }

    void insertEntries(long first, List<byte[]> commitments) {
        List<Object[]> rows = new ArrayList<>(commitments.size());
        for (int i = 0; i < commitments.size(); i++) {
            rows.add(new Object[] {first + i, commitments.get(i)});
        }
        batch.batchUpdate("insert into ledger_entry (idx, commitment) values (?, ?)", rows);
    }

    List<byte[]> entries(long from, long to) {
        return jdbc.sql("select commitment from ledger_entry where idx >= ? and idx < ? order by idx")
                .params(from, to).query((rs, i) -> rs.getBytes(1)).list();
    }

    long entryCount() {
        return nextIndex();
    }

    /** How many leaves have their hashes stored, i.e. how far the tree is integrated. */
    long integratedSize() {
        return jdbc.sql("select coalesce(max(idx) + 1, 0) from ledger_hash where level = 0").query(Long.class).single();
    }

    /** Stores the nodes that belong to tiles (levels 0, 8, 16, …) and drops the rest. */
    void insertNodes(List<StoredNode> nodes) {
        List<StoredNode> tiled = nodes.stream().filter(n -> n.id().level() % TilePath.HEIGHT == 0).toList();
        batch.batchUpdate("insert into ledger_hash (level, idx, hash) values (?, ?, ?)", tiled, 1000, (ps, node) -> {
            ps.setInt(1, node.id().level());
            ps.setLong(2, node.id().index());
            ps.setBytes(3, node.hash());
        });
    }

    /** Hashes of consecutive nodes on one level, for tiles. */
    List<byte[]> hashes(int level, long from, int count) {
        return jdbc.sql("select hash from ledger_hash where level = ? and idx >= ? and idx < ? order by idx")
                .params(level, from, from + count).query((rs, i) -> rs.getBytes(1)).list();
    }

    /** Stored hashes of one level in [from, to), by index; missing ones are absent from the map. */
    java.util.Map<Long, byte[]> hashesByIndex(int level, long from, long to) {
        java.util.Map<Long, byte[]> out = new java.util.HashMap<>();
        jdbc.sql("select idx, hash from ledger_hash where level = ? and idx >= ? and idx < ?").params(level, from, to)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getBytes(2));
                });
        return out;
    }

    /** A hash tile as stored; a tile the tree has not filled that far is missing, not short. */
    @Override
    public byte[] readTile(TilePath path) {
        if (path.isEntries()) {
            throw new IllegalArgumentException("Entry bundles are not hash tiles");
        }
        byte[] cached = fullTiles.get(path);
        if (cached != null) {
            return cached;
        }
        List<byte[]> hashes = hashes(path.level() * TilePath.HEIGHT, path.index() * TilePath.FULL_WIDTH, path.width());
        if (hashes.size() != path.width()) {
            throw new IllegalArgumentException("Tile " + path.path() + " is not stored");
        }
        byte[] tile = HashTile.encode(hashes);
        if (!path.isPartial()) {
            fullTiles.put(path, tile);
        }
        return tile;
    }

    /** Subtree hashes of a tree of the given size, computed from its tiles. */
    HashReader tree(long size) {
        return new TileHashReader(this, size);
    }

    Optional<StoredCheckpoint> latestCheckpoint() {
        return jdbc.sql("select * from ledger_checkpoint order by size desc limit 1")
                .query((rs, i) -> new StoredCheckpoint(rs.getLong("size"), rs.getBytes("root"), rs.getString("note"),
                        rs.getObject("signed_at", OffsetDateTime.class)))
                .optional();
    }

    List<StoredCheckpoint> checkpoints() {
        return jdbc.sql("select * from ledger_checkpoint order by size")
                .query((rs, i) -> new StoredCheckpoint(rs.getLong("size"), rs.getBytes("root"), rs.getString("note"),
                        rs.getObject("signed_at", OffsetDateTime.class)))
                .list();
    }

    /** Stores a checkpoint only if the latest is still the one it extends: the compare-and-swap. */
    boolean insertCheckpointAfter(long previousSize, StoredCheckpoint next) {
        return jdbc.sql("""
                insert into ledger_checkpoint (size, root, note, signed_at)
                select ?, ?, ?, ? where coalesce((select max(size) from ledger_checkpoint), -1) = ?""")
                .params(next.size(), next.root(), next.note(), next.signedAt(), previousSize)
                .update() == 1;
    }

    /**
     * Makes the current transaction's commit wait for its WAL to be flushed even where the session runs
     * with {@code synchronous_commit=off}; a stronger setting (remote_apply, say) is kept.
     */
    void commitSynchronously() {
        jdbc.sql("select set_config('synchronous_commit', 'on', true) where current_setting('synchronous_commit') = 'off'")
                .query(Object.class).optional();
    }

    void lockForIntegration() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(0x4d697a616e4c67L).query(Object.class).single();
    }
}
