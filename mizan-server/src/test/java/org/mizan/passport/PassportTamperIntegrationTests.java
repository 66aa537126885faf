package org.mizan.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.HttpIntegrationTest;
import org.mizan.TestDatabase;
import org.mizan.cli.VerifyRun;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.note.Ed25519Keys;
import org.mizan.log.note.Ed25519NoteSigner;
import org.mizan.log.note.SignerKey;
import org.springframework.test.context.TestPropertySource;


/** `mizan verify` on the demo's published passport, offline: it passes as served and each tampering fails with its reason. */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class PassportTamperIntegrationTests extends HttpIntegrationTest {

    private Path dir;
    private Path keyFile;
    private String served;


    @BeforeEach
    void fetch() throws Exception {
        dir = TestDatabase.freshDataDir();
        keyFile = Files.writeString(dir.resolve("log.vkey"), api.get("/log/key").body());
        served = api.get("/passports/" + DemoPassport.PUBLISHED + ".json").body();
    }


    @SuppressWarnings("unchecked")
    private VerifyRun.Outcome tampered(String name, Consumer<Map<String, Object>> change) throws Exception {
        Map<String, Object> passport = DemoPassport.map(served);
        change.accept(passport);
        return VerifyRun.verify(Files.writeString(dir.resolve(name + ".json"), DemoPassport.JSON.writeValueAsString(passport)), keyFile.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> passport) {
        return (List<Map<String, Object>>) ((Map<String, Object>) passport.get("evidence")).get("events");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(Map<String, Object> passport, int i) {
        return ((List<Map<String, Object>>) passport.get("lines")).get(i);
    }

    @Test
    void theServedPassportVerifiesWithEveryCheckPassing() throws Exception {
        VerifyRun.Outcome ok = VerifyRun.verify(Files.writeString(dir.resolve("passport.json"), served), keyFile.toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("pass  The log's checkpoint is signed by the expected key",
                "pass  Every disclosed event is in the log: All 31 events",
                "pass  Every field recomputes from the events and registry facts, or is declared",
                "declared  alerts: by oversight of mizan.localhost/log",
                "OK: passport PK-EXP-2025-10-0001 verifies against mizan.localhost/log");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> royalty(Map<String, Object> passport, int i) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) passport.get("royalties")).get("assessments")).get(i);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRoyaltiesOfTheChainsMineLotsAreProvenAndRecompute() throws Exception {
        Map<String, Object> passport = DemoPassport.map(served);
        Map<String, Object> copper = royalty(passport, 0);
        // 30,000 kg at 0.52 % Cu, 5 % of 390 US cents per pound (USGS 2023), at 283.00 rupees per dollar on 5 August 2025.
        assertThat(copper.get("lot")).isEqualTo("CHG-ORE-2025-0001");
        assertThat(copper.get("dueUsd")).isEqualTo("67.06");
        assertThat(copper.get("duePkr")).isEqualTo("18979.29");
        assertThat(copper.get("notice")).isEqualTo("illustrative, not a published rate");
        assertThat(((Map<String, Object>) passport.get("royalties")).get("totalDueUsd")).isEqualTo("4495.49");
        VerifyRun.Outcome ok = VerifyRun.verify(Files.writeString(dir.resolve("royalties.json"), served), keyFile.toString());
        assertThat(ok.output()).contains("All 31 events and 5 royalty assessments are entries of the signed log.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangedRoyaltyFailsNamingTheClaimAndAChangedAssessmentFailsItsProof() throws Exception {
        VerifyRun.Outcome due = tampered("royalty-due", p -> royalty(p, 0).put("dueUsd", "6.71"));
        assertThat(due.code()).isEqualTo(1);
        assertThat(due.output()).contains("FAILED: passport PK-EXP-2025-10-0001: Claim royalties.assessments[0].dueUsd: "
                + "the passport says 6.71, the assessment's inputs give 67.06.");
        VerifyRun.Outcome total = tampered("royalty-total", p -> ((Map<String, Object>) p.get("royalties")).put("totalDueUsd", "4000"));
        assertThat(total.output()).contains("Claim royalties.totalDueUsd: the passport says 4000, the assessments give 4495.49.");
        VerifyRun.Outcome mass = tampered("royalty-mass", p -> ((Map<String, Object>) royalty(p, 0).get("assessment")).put("massKg", "3000"));
        assertThat(mass.output()).containsPattern("FAILED: passport PK-EXP-2025-10-0001: Royalty assessment royalty-CHG-ORE-2025-0001 "
                + "\\(royalties.assessments\\[0], log entry \\d+\\) is not in the log: assessment and salt do not hash");
    }

    @Test
    void aChangedMassFailsNamingTheClaim() throws Exception {
        VerifyRun.Outcome out = tampered("mass", p -> line(p, 3).put("netMassKg", "11400"));
        assertThat(out.code()).isEqualTo(1);
        assertThat(out.output()).contains("FAILED: passport PK-EXP-2025-10-0001: Claim lines[3].netMassKg: "
                + "the passport says 11400, the events give 11500.");
    }

    @Test
    void aChangedOriginShareFailsNamingTheClaim() throws Exception {
        VerifyRun.Outcome out = tampered("origin", p -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> byProvince = (Map<String, Object>) ((Map<String, Object>) p.get("origin")).get("byProvince");
            byProvince.put("PK-BA", "0.5");
        });
        assertThat(out.output()).contains("Claim origin.byProvince.PK-BA: the passport says 0.5, the events give 0.077429345722.");
    }

    @Test
    void aDroppedEventFailsNamingTheEvent() throws Exception {
        VerifyRun.Outcome out = tampered("dropped", p -> events(p).removeIf(e -> "demo-rcv-port-2".equals(e.get("eventId"))));
        assertThat(out.code()).isEqualTo(1);
        assertThat(out.output()).contains("FAILED: passport PK-EXP-2025-10-0001: Event demo-rcv-port-2 is named in the chain (chain.steps[27].eventId) but not disclosed in evidence.events.");
    }

    @Test
    void aFlippedProofByteFailsNamingTheEvent() throws Exception {
        VerifyRun.Outcome out = tampered("proof", p -> {
            @SuppressWarnings("unchecked")
            List<String> proof = (List<String>) events(p).get(4).get("inclusionProof");
            byte[] hash = Base64.getDecoder().decode(proof.get(0));
            hash[7] ^= 0x01;
            proof.set(0, Base64.getEncoder().encodeToString(hash));
        });
        assertThat(out.code()).isEqualTo(1);
        assertThat(out.output()).containsPattern("FAILED: passport PK-EXP-2025-10-0001: Event demo-ext-ree-1 \\(evidence.events\\[4], log entry \\d+\\) is not in the log:");
    }

    @Test
    void aCheckpointFromAnotherKeyFails() throws Exception {
        byte[] seed = new byte[Ed25519Keys.KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        Ed25519NoteSigner impostor = new Ed25519NoteSigner("mizan.localhost/log", seed);
        VerifyRun.Outcome out = tampered("key", p -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> evidence = (Map<String, Object>) p.get("evidence");
            Checkpoint real = Checkpoint.parse(((String) evidence.get("checkpoint")).split("\n\n")[0] + "\n");
            evidence.put("checkpoint", new String(real.sign(List.of(impostor)).toBytes(), StandardCharsets.UTF_8));
        });
        assertThat(out.code()).isEqualTo(1);
        assertThat(out.output()).contains("FAIL  The log's checkpoint is signed by the expected key: evidence.checkpoint: the checkpoint is not signed by mizan.localhost/log");
    }

    @Test
    void aPassportCheckedAgainstAnotherKeyFails() throws Exception {
        String otherKey = SignerKey.generate("mizan.localhost/log", new SecureRandom()).verifierKey().toString();
        VerifyRun.Outcome out = VerifyRun.verify(Files.writeString(dir.resolve("passport.json"), served), otherKey);
        assertThat(out.code()).isEqualTo(1);
        assertThat(out.output()).contains("FAILED: passport PK-EXP-2025-10-0001: evidence.checkpoint: the checkpoint is not signed by mizan.localhost/log");
    }
}
