package org.mizan.log.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.log.MemoryTree;
import org.mizan.log.NodeId;

/** Tile and entry-bundle encodings, and which tiles a proof needs. */
class TileFormatTests {

    @Test
    void entryBundleIsLengthPrefixedEntries() {
        EntryBundle bundle = new EntryBundle(List.of(bytes("one"), bytes("two"), bytes("")));
        assertThat(bundle.encode()).containsExactly(0, 3, 'o', 'n', 'e', 0, 3, 't', 'w', 'o', 0, 0);
        assertThat(EntryBundle.decode(bundle.encode()).entries()).containsExactly(bytes("one"), bytes("two"), bytes(""));
    }

    @Test
    void truncatedEntryBundleIsRefused() {
        assertThatThrownBy(() -> EntryBundle.decode(new byte[] {0, 5, 'a'})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashTileWithWrongLengthIsRefused() {
        assertThatThrownBy(() -> HashTile.decode(new byte[33], 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tile/0/1", "tile/0/000.p/256", "tile/0/000.p/0", "tile/00/000", "tile/0/001/000",
        "tile/entries/x1000/000", "tiles/0/000", "tile/0/-01"})
    void nonCanonicalTilePathIsRefused(String path) {
        assertThatThrownBy(() -> TilePath.parse(path)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proofsComputedFromTilesMatchProofsFromMemory() {
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < 70_000; i++) {
            tree.append(bytes("leaf " + i));
        }
        long size = 69_999;
        TileReader tiles = path -> HashTile.encode(hashesOf(tree, path));
        TileHashReader fromTiles = new TileHashReader(tiles, size);
        var builder = new org.mizan.log.ProofBuilder(fromTiles);
        assertThat(builder.rootHash(size)).isEqualTo(tree.proofs().rootHash(size));
        assertThat(builder.inclusionProof(12_345, size)).containsExactlyElementsOf(tree.proofs().inclusionProof(12_345, size));
        assertThat(builder.consistencyProof(65_537, size)).containsExactlyElementsOf(tree.proofs().consistencyProof(65_537, size));
        assertThat(new TileLayout(size).tilesForInclusion(12_345)).extracting(TilePath::path)
                .containsExactly("tile/0/048", "tile/0/273.p/111", "tile/1/000", "tile/1/001.p/17");
    }

    private static List<byte[]> hashesOf(MemoryTree tree, TilePath path) {
        List<byte[]> hashes = new java.util.ArrayList<>();
        for (int i = 0; i < path.width(); i++) {
            hashes.add(tree.readHash(new NodeId(8 * path.level(), path.index() * TilePath.FULL_WIDTH + i)));
        }
        return hashes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
