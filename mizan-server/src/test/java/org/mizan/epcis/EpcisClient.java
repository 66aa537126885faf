package org.mizan.epcis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the EPCIS interface over real HTTP for one capturing key, headers included. */
final class EpcisClient {

    /** A response with its headers. */
    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return body.isEmpty() ? null : JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    final String key;

    EpcisClient(int port, String key) {
        this.base = "http://localhost:" + port;
        this.key = key;
    }

    Response capture(byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + "/epcis/capture")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response postEvent(byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + "/epcis/events")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Captures and returns the capture job, which has finished by the time the 202 arrives. */
    JsonNode captureJob(byte[] body, String contentType) {
        Response reply = capture(body, contentType);
        if (reply.status() != 202) {
            throw new AssertionError("Capture answered " + reply.status() + ": " + reply.body());
        }
        return get(reply.header("Location"), null).json();
    }

    Response event(String eventId) {
        return get("/epcis/events/" + param(eventId), null);
    }

    Response query(String query) {
        return get("/epcis/events" + (query.isEmpty() ? "" : "?" + query), null);
    }

    Response get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    Response send(HttpRequest.Builder request) {
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
