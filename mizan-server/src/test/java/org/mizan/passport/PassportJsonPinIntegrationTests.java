package org.mizan.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * The passport JSON the server writes for the demo chain and for the unpublished consignment, pinned as
 * committed text: field names, their order, which values are strings and how figures are written may only
 * change together with the fixtures, because published passports are stored and verified as written. The
 * values a run cannot repeat (salts and what hashes them, the log's key, oversight's times and progress,
 * the publication time) are masked before the comparison; everything else is compared as written. (The
 * fixtures were first taken from the tree-built document, which wrote the keys of a few small objects in an
 * order that changed from run to run; the records write them in one order, and only that order changed.)
 */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class PassportJsonPinIntegrationTests extends HttpIntegrationTest {

    /** Values a run cannot repeat, each replaced by a placeholder of the same JSON type. */
    private static final Map<Pattern, String> RUN_VALUES = Map.of(
            Pattern.compile("\"(salt|checkpoint|verifierKey|raisedAt|publication|coverage)\":\"(?:[^\"\\\\]|\\\\.)*\""), "\"$1\":\"~\"",
            Pattern.compile("\"inclusionProof\":\\[[^\\]]*]"), "\"inclusionProof\":[\"~\"]",
            Pattern.compile("\"(treeSize|evaluatedThrough|committedThrough|setAside)\":\\d+"), "\"$1\":0",
            // Royalty assessments are logged by their own worker while the demo's events are, so log positions vary by run.
            Pattern.compile("\"(index|logIndex)\":(\\d+|\"\\d+\")"), "\"$1\":0",
            Pattern.compile("\"id\":\"AL-\\d+\""), "\"id\":\"AL-~\"");

    @Value("${mizan.data-dir}")
    Path dataDir;

    @Test
    void demoPassportIsWrittenAsPinned() throws IOException {
        Reply reply = api.get("/passports/" + DemoPassport.PUBLISHED + ".json");
        assertThat(reply.status()).isEqualTo(200);
        assertPinned(reply.body(), "demo-passport.pinned.json");
    }

    @Test
    void unpublishedPassportIsWrittenAsPinned() throws IOException {
        Map<String, String> keys = DemoPassport.keys(dataDir);
        String id = DemoPassport.unpublished(api, keys);
        Reply reply = api.get("/api/v1/consignments/" + id + "/passport", keys.get("fwo"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertPinned(reply.body(), "unpublished-passport.pinned.json");
    }

    private static void assertPinned(String served, String fixture) throws IOException {
        String masked = masked(served);
        String capture = System.getProperty("mizan.passport.pin");
        if (capture != null) {
            Files.writeString(Path.of(capture, fixture), masked + "\n");
        }
        assertThat(masked).isEqualTo(resource(fixture).strip());
    }

    static String masked(String json) {
        String out = json;
        for (Map.Entry<Pattern, String> mask : RUN_VALUES.entrySet()) {
            Matcher matcher = mask.getKey().matcher(out);
            out = matcher.replaceAll(mask.getValue());
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PassportJsonPinIntegrationTests.class.getResourceAsStream("/passport/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
