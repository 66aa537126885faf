package org.mizan.cli.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The labels file: a first line naming the simulation's prefix, then one label per line, all JSON. */
public final class Labels {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Labels() {
    }

    public static void write(Path file, String prefix, List<Label> labels) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(JSON.writeValueAsString(Map.of("prefix", prefix)));
            out.newLine();
            for (Label l : labels) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("rule", l.rule());
                if (l.eventId() != null) {
                    line.put("eventId", l.eventId());
                }
                if (l.licence() != null) {
                    line.put("licence", l.licence());
                }
                if (l.pattern() != null) {
                    line.put("pattern", l.pattern());
                }
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    /** The prefix and the labels read back. */
    public record Read(String prefix, List<Label> labels) {
    }

    public static Read read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty: not a labels file");
        }
        String prefix = JSON.readTree(lines.get(0)).path("prefix").asString();
        List<Label> labels = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            JsonNode n = JSON.readTree(line);
            labels.add(new Label(n.path("rule").asString(), text(n, "eventId"), text(n, "licence"), text(n, "pattern")));
        }
        return new Read(prefix, labels);
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asString() : null;
    }
}
