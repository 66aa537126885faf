package org.mizan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

class ApiConventionsIntegrationTests extends HttpIntegrationTest {

    @Test
    void describesTheApiInOpenApiAndServesSwaggerUi() {
        Reply docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/licences", "/api/v1/licences/at", "/api/v1/sites", "/api/v1/parties", "/api/v1/catalogue");
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void describesTheEventBodiesTypeByTypeNotAsAFreeFormObject() {
        JsonNode docs = api.get("/v3/api-docs").json();
        JsonNode body = docs.at("/paths/~1api~1v1~1events/post/requestBody/content/application~1json/schema");
        assertThat(body.get("$ref").asString()).isEqualTo("#/components/schemas/EventsBody");
        JsonNode schemas = docs.at("/components/schemas");
        assertThat(schemas.at("/CustodyEvent/discriminator/mapping/dispatched").asString()).isEqualTo("#/components/schemas/LotDispatched");
        assertThat(schemas.at("/LotDispatched/required").toString()).contains("\"permit\"");
        assertThat(schemas.at("/LotDispatched/additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.at("/Kilograms/pattern").asString()).isEqualTo("^[0-9]{1,16}(\\.[0-9]{1,3})?$");
        assertThat(schemas.at("/EventBatch/properties/events/maxItems").asInt()).isEqualTo(1000);
    }

    @Test
    void describesTheApiKeyAsABearerSchemeWithTheHeaderSpelledOutInCode() {
        JsonNode docs = api.get("/v3/api-docs").json();
        JsonNode scheme = docs.at("/components/securitySchemes/apiKey");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("Mizan API key");
        assertThat(scheme.get("description").asString()).contains("`Authorization: Bearer <key>`");
        // Markdown drops a bare <key> as an HTML tag, which left "Bearer )" on the rendered page.
        String header = docs.at("/info/description").asString();
        assertThat(header).contains("`Authorization: Bearer <key>`").doesNotContain("(Authorization: Bearer <key>)");
    }

    @Test
    void marksWhichRolesMayCallAnOperation() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        JsonNode issueKey = paths.at("/~1api~1v1~1parties~1{party}~1keys/post");
        assertThat(issueKey.get("security").toString()).isEqualTo("[{\"apiKey\":[\"admin\"]}]");
        assertThat(issueKey.get("description").asString()).isEqualTo("Needs an API key: an administrator. Roles: admin.");
        assertThat(issueKey.at("/responses/403/description").asString()).contains("may not do this");
        assertThat(paths.at("/~1api~1v1~1alerts~1{id}~1transitions/post/security").toString())
                .isEqualTo("[{\"apiKey\":[\"regulator\"]}]");
        assertThat(paths.at("/~1api~1v1~1lots~1{id}/get/security").toString()).isEqualTo("[{\"apiKey\":[]}]");
        assertThat(paths.at("/~1api~1v1~1consignments~1{id}~1passport/get/security").toString())
                .isEqualTo("[{},{\"apiKey\":[]}]");
        assertThat(paths.at("/~1api~1v1~1licences/get").has("security")).isFalse();
    }

    /** The web security chain lets only GET, HEAD and OPTIONS through without a key; the document must say so. */
    @Test
    void everyWriteNeedsAKeyAndEveryAccessRuleNamesARealOperation() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        List<String> unsecuredWrites = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                boolean write = !List.of("get", "head", "options").contains(method);
                if (write && !paths.get(path).get(method).has("security")) {
                    unsecuredWrites.add(method + " " + path);
                }
            }
        }
        assertThat(unsecuredWrites).isEmpty();
        for (ApiAccess.Rule rule : ApiAccess.RULES) {
            assertThat(paths.at("/" + rule.path().replace("~", "~0").replace("/", "~1") + "/" + rule.method().toLowerCase(Locale.ROOT))
                    .isMissingNode()).as(rule.method() + " " + rule.path()).isFalse();
            rule.roles().forEach(role -> assertThat(Role.of(role).code()).isEqualTo(role));
        }
    }

    @Test
    void reportsLiveness() {
        Reply health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void answersUnknownPathsAndWrongMethodsWithProblems() {
        Reply missing = api.get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Reply unknownLicence = api.get("/api/v1/licences/NOPE-1");
        assertThat(unknownLicence.status()).isEqualTo(404);
        assertThat(unknownLicence.type()).isEqualTo("/problems/unknown-licence");
        Reply wrongType = api.post("/api/v1/parties", adminKey(), "id=x".getBytes(), "application/x-www-form-urlencoded");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
    }

    /** A raw socket, because a client that streams chunks cannot always read an early answer. */
    @Test
    void aQueryThatCannotBeDecodedIsA400ProblemOrPageAndBracketsInANameAreIgnored() throws Exception {
        for (String query : List.of("a=%zz", "a=%", "q=%ff", "x=%C3%28")) {
            String api = raw("/api/v1/sites?" + query);
            assertThat(api).as(query).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("/problems/invalid-parameter")
                    .contains("percent sign");
            String page = raw("/map?" + query);
            assertThat(page).as(query).startsWith("HTTP/1.1 400").contains("text/html").contains("percent sign");
        }
        assertThat(raw("/licences?mineral[]=x&mineral=copper")).startsWith("HTTP/1.1 200");
        assertThat(raw("/api/v1/sites?kind[]=mine")).startsWith("HTTP/1.1 200");
    }

    /** One GET written on the socket as given: an HTTP client would refuse to send a malformed query. */
    private String raw(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void refusesAnOversizedChunkedBodyWhileReadingIt() throws Exception {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/parties HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + adminKey() + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try {
                for (int i = 0; i < 11 * 16 + 1; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedEarly) {
                // Expected: the server answers and closes once the limit is passed.
            }
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("application/problem+json").contains("/problems/body-too-large");
        }
    }
}
