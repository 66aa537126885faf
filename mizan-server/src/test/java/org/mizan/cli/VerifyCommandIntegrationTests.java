package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mizan.HttpIntegrationTest;
import org.mizan.TestDatabase;
import org.mizan.custody.CustodyTestEvents;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** `mizan verify` on a bundle fetched from the server, then offline: exit code and reason. */
class VerifyCommandIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();



    @Test
    void verifiesABundleOfflineAndNamesWhatFails() throws Exception {
        CustodyTestEvents events = CustodyTestEvents.registered(api, adminKey(), keys, "vc", 72.9, 32.2);
        events.extract("vc-x1", "VC-1");
        String body = api.get("/api/v1/events/vc-x1/proof", events.minerKey()).body();
        Path dir = TestDatabase.freshDataDir();
        Path bundle = Files.writeString(dir.resolve("bundle.json"), body);
        Path keyFile = Files.writeString(dir.resolve("log.vkey"), api.get("/log/key").body());

        VerifyRun.Outcome ok = VerifyRun.verify(bundle, keyFile.toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.output()).startsWith("OK: event vc-x1 is entry ");

        ObjectNode changed = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) changed.get("event")).put("massKg", "999");
        VerifyRun.Outcome tampered = VerifyRun.verify(Files.writeString(dir.resolve("tampered.json"), JSON.writeValueAsString(changed)), keyFile.toString());
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.output()).startsWith("FAILED: NOT_INCLUDED");

        String otherKey = org.mizan.log.note.SignerKey.generate("mizan.localhost/log", new java.security.SecureRandom())
                .verifierKey().toString();
        VerifyRun.Outcome wrongKey = VerifyRun.verify(bundle, otherKey);
        assertThat(wrongKey.code()).isEqualTo(1);
        assertThat(wrongKey.output()).startsWith("FAILED: BAD_SIGNATURE");

        VerifyRun.Outcome garbage = VerifyRun.verify(Files.writeString(dir.resolve("garbage.json"), "{not json"), keyFile.toString());
        assertThat(garbage.code()).isEqualTo(1);
        assertThat(garbage.output()).startsWith("FAILED: cannot read the bundle");
    }
}
