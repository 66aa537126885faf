package org.mizan.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Locates the read-only test vectors in the {@code shared/tlog} folder next to the project and
 * reads them in place. A missing folder is a failure, never a skip: silently passing without the
 * vectors would hide a broken checkout.
 */
public final class SharedVectors {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SharedVectors() {
    }

    /** The {@code tlog} vector folder: {@code -Dmizan.shared.dir} if set, else the nearest {@code shared/tlog} above the working directory. */
    public static Path root() {
        String override = System.getProperty("mizan.shared.dir");
        if (override != null) {
            Path dir = Path.of(override);
            Path tlog = Files.isDirectory(dir.resolve("tlog")) ? dir.resolve("tlog") : dir;
            if (!Files.isDirectory(tlog)) {
                throw new IllegalStateException("mizan.shared.dir does not exist: " + dir);
            }
            return tlog;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("tlog");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/tlog test vectors not found above " + Path.of("").toAbsolutePath());
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** All regular files under {@code dir} whose name ends with {@code suffix}, sorted for stable test names. */
    public static List<Path> files(String dir, String suffix) {
        try (Stream<Path> walk = Files.walk(resolve(dir))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Path relative to the vector root, used as a readable test name. */
    public static String name(Path file) {
        return root().relativize(file).toString();
    }

    public static JsonNode json(Path file) {
        return JSON.readTree(file.toFile());
    }

    public static JsonNode json(String relative) {
        return json(resolve(relative));
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String relative) {
        return new String(bytes(relative), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A JSON uint64 as a Java long with the same bits: upstream's "index - 1" probes wrap to
     * 2^64-1, which becomes -1 here and must be refused just the same.
     */
    public static long uint64(JsonNode node) {
        return node.bigIntegerValue().longValue();
    }

    /** Standard base64 of a JSON string; JSON null means empty. */
    public static byte[] base64(JsonNode node) {
        return node == null || node.isNull() ? new byte[0] : Base64.getDecoder().decode(node.asString());
    }

    /** A JSON array of base64 strings; JSON null (Go's nil slice) means an empty list. */
    public static List<byte[]> base64List(JsonNode node) {
        List<byte[]> list = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.values().forEach(v -> list.add(base64(v)));
        }
        return list;
    }

    public static List<byte[]> hexList(JsonNode node) {
        List<byte[]> list = new ArrayList<>();
        node.values().forEach(v -> list.add(HexFormat.of().parseHex(v.asString())));
        return list;
    }

    public static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.values().forEach(v -> list.add(v.asString()));
        }
        return list;
    }
}
