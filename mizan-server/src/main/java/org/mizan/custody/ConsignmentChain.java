package org.mizan.custody;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Everything custody knows about one export consignment and the lots upstream of it: the export,
 * each exported line as custody's books hold it, every event that touched an upstream lot (in log
 * order, with salt and log index) and the processing edges. The consignment's origin by licence
 * weights each line's shares by its exported mass, as {@code GET /api/v1/consignments/{id}} does.
 */
public record ConsignmentChain(Head head, List<Line> lines, Map<String, String> originByLicence, List<Event> events,
        List<LotNode> lots, List<Edge> edges) {

    public ConsignmentChain {
        originByLicence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(originByLicence));
        lines = List.copyOf(lines);
        events = List.copyOf(events);
        lots = List.copyOf(lots);
        edges = List.copyOf(edges);
    }

    public record Head(String id, String eventId, String exporter, String buyer, String port, String destinationCountry,
            String declaredValueUsd, String exportedAt) {
    }

    /** An exported lot: grades are its latest; origin shares are by licence, {@code unattributed} for the rest. */
    public record Line(String lot, String material, String form, long exportedGrams, Map<String, String> grades,
            Map<String, String> origin) {
    }

    public record Event(long seq, String eventId, String type, String actor, String time, JsonNode body, byte[] salt,
            Long logIndex) {
    }

    /** A lot of the chain; {@code origin} is its stored origin (for an extracted lot, its licence or unattributed). */
    public record LotNode(String id, String material, String form, String site, Map<String, String> origin) {
    }

    public record Edge(String parent, String child, String eventId) {
    }
}
