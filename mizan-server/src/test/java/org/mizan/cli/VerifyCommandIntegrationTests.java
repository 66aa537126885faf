package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mizan.HttpIntegrationTest;
import org.mizan.TestDatabase;
import org.mizan.custody.CustodyTestEvents;

import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** `mizan verify` on a bundle fetched from the server, then offline: exit code and reason. */
class VerifyCommandIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Outcome(int code, String output) {
    }

    private static Outcome verify(Path bundle, String key) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Mizan()).execute("verify", bundle.toString(), "--key", key);
            return new Outcome(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void verifiesABundleOfflineAndNamesWhatFails() throws Exception {
        CustodyTestEvents events = CustodyTestEvents.registered(api, adminKey(), keys, "vc", 72.9, 32.2);
        events.extract("vc-x1", "VC-1");
        String body = api.get("/api/v1/events/vc-x1/proof", events.minerKey()).body();
        Path dir = TestDatabase.freshDataDir();
        Path bundle = Files.writeString(dir.resolve("bundle.json"), body);
        Path keyFile = Files.writeString(dir.resolve("log.vkey"), api.get("/log/key").body());

        Outcome ok = verify(bundle, keyFile.toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.output()).startsWith("OK: event vc-x1 is entry ");

        ObjectNode changed = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) changed.get("event")).put("massKg", "999");
        Outcome tampered = verify(Files.writeString(dir.resolve("tampered.json"), JSON.writeValueAsString(changed)), keyFile.toString());
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.output()).startsWith("FAILED: NOT_INCLUDED");

        String otherKey = org.mizan.log.note.SignerKey.generate("mizan.localhost/log", new java.security.SecureRandom())
                .verifierKey().toString();
        Outcome wrongKey = verify(bundle, otherKey);
        assertThat(wrongKey.code()).isEqualTo(1);
        assertThat(wrongKey.output()).startsWith("FAILED: BAD_SIGNATURE");

        Outcome garbage = verify(Files.writeString(dir.resolve("garbage.json"), "{not json"), keyFile.toString());
        assertThat(garbage.code()).isEqualTo(1);
        assertThat(garbage.output()).startsWith("FAILED: cannot read the bundle");
    }
}
