package org.mizan;

import static org.assertj.core.api.Assertions.assertThat;

import org.mizan.Api.Reply;

import tools.jackson.databind.JsonNode;

/** What the HTTP tests expect of a reply: a 200 with its body, or a problem of one status and type. */
public final class Replies {

    private Replies() {
    }

    /** The reply, once it is an RFC 9457 problem of this status and type ({@code not-delegated}, not its path). */
    public static Reply problem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.type()).isEqualTo("/problems/" + type);
        return reply;
    }

    public static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
