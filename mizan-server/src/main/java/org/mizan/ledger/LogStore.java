package org.mizan.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.log.HashReader;
import org.mizan.log.NodeId;
import org.mizan.log.StoredNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log's tables: entries (commitments), stored subtree hashes, signed checkpoints. */
@Repository
class LogStore implements HashReader {

    /** A signed checkpoint as stored. */
    record StoredCheckpoint(long size, byte[] root, String note, OffsetDateTime signedAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LogStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Serialises appends across nodes; the sequencer is the only caller anyway. */
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

    void insertNodes(List<StoredNode> nodes) {
        batch.batchUpdate("insert into ledger_hash (level, idx, hash) values (?, ?, ?)", nodes, 1000, (ps, node) -> {
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

    @Override
    public byte[] readHash(NodeId node) {
        return readHashes(List.of(node)).get(0);
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        Integer[] levels = nodes.stream().map(NodeId::level).toArray(Integer[]::new);
        Long[] indexes = nodes.stream().map(NodeId::index).toArray(Long[]::new);
        Map<NodeId, byte[]> found = new HashMap<>();
        jdbc.sql("""
                select h.level, h.idx, h.hash from unnest(?::int[], ?::bigint[]) as q(level, idx)
                join ledger_hash h on h.level = q.level and h.idx = q.idx""")
                .params(levels, indexes)
                .query(rs -> {
                    found.put(new NodeId(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                });
        List<byte[]> out = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            byte[] hash = found.get(node);
            if (hash == null) {
                throw new IllegalArgumentException("Node " + node + " is not stored");
            }
            out.add(hash);
        }
        return out;
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

    void lockForIntegration() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(0x4d697a616e4c67L).query(Object.class).single();
    }
}
