package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mizan.Api.Reply;

import tools.jackson.databind.JsonNode;

/** What the custody API tests ask of a reply, and the events they post. */
final class CustodyReplies {

    private CustodyReplies() {
    }

    /** An event body: its id, type and time, then the type's own fields, in that order. */
    static Map<String, Object> event(String id, String type, OffsetDateTime time, Map<String, Object> fields) {
        Map<String, Object> event = new LinkedHashMap<>(Map.of("eventId", id, "type", type, "time", time.toString()));
        event.putAll(fields);
        return event;
    }

    /** The reply is an RFC 9457 problem of this status and type. */
    static Reply problem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.type()).isEqualTo("/problems/" + type);
        return reply;
    }

    static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
