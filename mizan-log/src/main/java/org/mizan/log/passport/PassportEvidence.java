package org.mizan.log.passport;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The verification bundle: the log, its key, one signed checkpoint, every event of the chain with its salt,
 * log index and inclusion proof against that checkpoint, and the registry facts the replay needs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassportEvidence(String log, String verifierKey, Long treeSize, String checkpoint, List<Entry> events,
        PassportRegistryFacts registryFacts) {

    public PassportEvidence {
        events = events == null ? null : List.copyOf(events);
    }

    /**
     * A disclosed event: the id it is listed under, its log index, salt and proof (base64), and the event as
     * recorded. The event stays a plain JSON tree: it is what the log committed to, field for field.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String eventId, Long index, String salt, List<String> inclusionProof, Map<String, Object> event) {

        public Entry {
            inclusionProof = inclusionProof == null ? null : List.copyOf(inclusionProof);
        }
    }
}
