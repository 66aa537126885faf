package org.mizan.log;

import java.util.Arrays;

/** A perfect-subtree hash ready to be persisted, as emitted by {@link CompactRange#append}. */
public record StoredNode(NodeId id, byte[] hash) {

    public StoredNode {
        if (id == null || !TreeHasher.isHash(hash)) {
            throw new IllegalArgumentException("node needs an id and a 32-byte hash");
        }
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredNode && id.equals(((StoredNode) other).id)
                && Arrays.equals(hash, ((StoredNode) other).hash);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "StoredNode[" + id + "]";
    }
}
