package org.mizan.log;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole tree held in memory, storing every perfect-subtree hash. Useful for tests, tools and
 * small logs; a server uses {@link CompactRange} plus its own {@link HashReader}.
 */
public final class MemoryTree implements HashReader {

    private final CompactRange range = new CompactRange();
    // levels.get(l).get(i) is the hash of NodeId(l, i).
    private final List<List<byte[]>> levels = new ArrayList<>();

    /** Appends an entry; returns its leaf index. */
    public long append(byte[] entry) {
        return appendLeafHash(TreeHasher.leafHash(entry));
    }

    /** Appends an already computed leaf hash; returns its leaf index. */
    public long appendLeafHash(byte[] leafHash) {
        long index = range.size();
        for (StoredNode node : range.append(leafHash)) {
            if (levels.size() == node.id().level()) {
                levels.add(new ArrayList<>());
            }
            levels.get(node.id().level()).add(node.hash());
        }
        return index;
    }

    public long size() {
        return range.size();
    }

    public byte[] rootHash() {
        return range.rootHash();
    }

    /** Proofs and historical roots over this tree. */
    public ProofBuilder proofs() {
        return new ProofBuilder(this);
    }

    @Override
    public byte[] readHash(NodeId node) {
        if (node.level() >= levels.size() || node.index() >= levels.get(node.level()).size()) {
            throw new IllegalArgumentException("node not stored: " + node);
        }
        return levels.get(node.level()).get((int) node.index()).clone();
    }
}
