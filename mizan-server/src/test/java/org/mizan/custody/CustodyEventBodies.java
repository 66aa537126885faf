package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The custody events the API tests post, as the JSON bodies a client sends. */
final class CustodyEventBodies {

    private CustodyEventBodies() {
    }

    /** An event body: its id, type and time, then the type's own fields, in that order. */
    static Map<String, Object> event(String id, String type, OffsetDateTime time, Map<String, Object> fields) {
        Map<String, Object> event = new LinkedHashMap<>(Map.of("eventId", id, "type", type, "time", time.toString()));
        event.putAll(fields);
        return event;
    }
}
