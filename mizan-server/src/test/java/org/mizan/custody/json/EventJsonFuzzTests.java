package org.mizan.custody.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.web.StrictJson;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event body from outside, read as the HTTP path reads it (the application's strict mapper, then
 * {@link EventJson}, single or batch), is either a custody event or a {@link Rejection}; a body that
 * is not JSON is the mapper's {@link JacksonException}, which the web layer answers with a 400. Any
 * other exception would be a 500, and is a finding.
 */
class EventJsonFuzzTests {

    private static final JsonMapper JSON = StrictJson.mapper();
    private static final PartyId ACTOR = new PartyId("fuzz-actor");

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        JsonNode body;
        try {
            body = JSON.readTree(input);
        } catch (JacksonException notJson) {
            return;
        }
        try {
            if (body != null && body.isObject() && body.has("events") && body.get("events").isArray()) {
                body.get("events").forEach(event -> EventJson.read(event, ACTOR));
            } else {
                EventJson.read(body, ACTOR);
            }
        } catch (Rejection refused) {
            // The documented refusal.
        }
    }
}
