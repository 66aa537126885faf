package org.mizan.epcis;

import java.util.Map;

import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/** Turns the first error of a failed single-event capture back into the problem the client receives. */
final class JsonProblem {

    private JsonProblem() {
    }

    static void throwFirst(JsonNode errors) {
        JsonNode first = errors.path(0);
        int status = first.path("status").asInt(422);
        Rejection.Kind kind = java.util.Arrays.stream(Rejection.Kind.values()).filter(k -> k.status() == status).findFirst()
                .orElse(Rejection.Kind.INVALID);
        String type = first.path("type").asString("/problems/epcis-capture-failed").replaceFirst("^/problems/", "");
        Rejection rejection = new Rejection(kind, type, first.path("detail").asString("The event was not captured"), Map.of());
        if (first.hasNonNull("rule")) {
            rejection = rejection.with("rule", first.get("rule").asString());
        }
        if (first.hasNonNull("eventID")) {
            rejection = rejection.with("eventID", first.get("eventID").asString());
        }
        throw rejection;
    }
}
