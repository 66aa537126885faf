package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;

/**
 * Broken multipart bodies on the passport upload, sent raw: each is refused with the page and a 4xx
 * status for a browser, and with an RFC 9457 problem for a client that asks for one. Never a 500.
 */
class VerifyUploadIntegrationTests extends HttpIntegrationTest {

    record Broken(String name, String contentType, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String PART = "Content-Disposition: form-data; name=\"passport\"; filename=\"p.json\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"format\":\"mizan-passport/v1\"}\r\n";

    static List<Broken> bodies() {
        return List.of(
                new Broken("missing boundary", "multipart/form-data", "--b\r\n" + PART + "--b--\r\n"),
                new Broken("truncated", "multipart/form-data; boundary=b", "--b\r\n" + PART.substring(0, 90)),
                new Broken("wrong boundary", "multipart/form-data; boundary=a", "--b\r\n" + PART + "--b--\r\n"),
                new Broken("huge part header", "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"passport\"; filename=\""
                        + "x".repeat(200_000) + "\"\r\n\r\n{}\r\n--b--\r\n"),
                new Broken("no part headers", "multipart/form-data; boundary=b", "--b\r\n\r\n{}\r\n--b--\r\n"),
                new Broken("empty body", "multipart/form-data; boundary=b", ""));
    }

    private Reply post(Broken broken, String accept) {
        return api.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/verify")).header("Content-Type", broken.contentType())
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(broken.body(), StandardCharsets.UTF_8)), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aBrowserGetsThePageWithTheReason(Broken broken) {
        Reply reply = post(broken, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("<h1>Verify a passport</h1>", "role=\"alert\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aClientAskingForAProblemGetsOne(Broken broken) {
        Reply reply = post(broken, "application/problem+json");
        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(reply.status());
        assertThat(reply.json().get("type").asString()).startsWith("/problems/");
        assertThat(reply.json().get("detail").asString()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aClientThatTakesAnythingGetsARefusalNotAServerError(Broken broken) {
        Reply reply = post(broken, "*/*");
        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.body()).isNotBlank();
    }
}
