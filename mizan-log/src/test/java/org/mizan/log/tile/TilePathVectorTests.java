package org.mizan.log.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.log.SharedVectors;
import tools.jackson.databind.JsonNode;

/** Every case of {@code tiles/tile-paths.json}. */
class TilePathVectorTests {

    private static final JsonNode VECTORS = SharedVectors.json("tiles/tile-paths.json");

    static Stream<Arguments> indexEncodings() {
        return VECTORS.get("c2sp_tlog_tiles_index_encoding").values().stream()
                .map(v -> Arguments.of(v.get("index").asLong(), v.get("path").asString()));
    }

    static Stream<Arguments> treeSizes() {
        return VECTORS.get("c2sp_tlog_tiles_for_size").properties().stream()
                .map(e -> Arguments.of(Long.parseLong(e.getKey()), e.getValue()));
    }

    static Stream<Arguments> sumdbPaths() {
        return VECTORS.get("go_sumdb_tile_paths").get("cases").values().stream()
                .map(v -> Arguments.of(v.get("path").asString(), v));
    }

    @ParameterizedTest(name = "index {0} is {1}")
    @MethodSource("indexEncodings")
    void indexEncodesAndParsesBack(long index, String encoded) {
        TilePath tile = TilePath.hashes(0, index, TilePath.FULL_WIDTH);
        assertThat(tile.path()).isEqualTo("tile/0/" + encoded);
        assertThat(TilePath.parse("tile/0/" + encoded)).isEqualTo(tile);
        assertThat(TilePath.parse("tile/entries/" + encoded + ".p/7")).isEqualTo(TilePath.entries(index, 7));
    }

    @ParameterizedTest(name = "tree size {0}")
    @MethodSource("treeSizes")
    void tilesOfTreeMatchVector(long size, JsonNode levels) {
        List<String> expected = new ArrayList<>();
        for (JsonNode level : levels.values()) {
            int full = level.get("fullTiles").asInt();
            for (int n = 0; n < full; n++) {
                expected.add(TilePath.hashes(level.get("level").asInt(), n, TilePath.FULL_WIDTH).path());
            }
            if (!level.get("partialPath").isNull()) {
                expected.add(level.get("partialPath").asString());
            }
            if (!level.get("lastFullPath").isNull()) {
                assertThat(expected).contains(level.get("lastFullPath").asString());
            }
        }
        List<String> actual = new TileLayout(size).allHashTiles().stream().map(TilePath::path).collect(Collectors.toList());
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sumdbPaths")
    void sumdbPathParsesAsVectorSays(String path, JsonNode vector) {
        if (vector.path("invalid").asBoolean(false)) {
            assertThatThrownBy(() -> TilePath.parseSumdb(path)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        TilePath tile = TilePath.parseSumdb(path);
        assertThat(tile).isEqualTo(new TilePath(vector.get("H").asInt(), vector.get("L").asInt(),
                vector.get("N").asLong(), vector.get("W").asInt()));
        assertThat(tile.sumdbPath()).isEqualTo(path);
    }
}
