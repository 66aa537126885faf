package org.mizan.log.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mizan.log.SharedVectors;
import org.mizan.log.note.CosignatureNoteVerifier;
import org.mizan.log.note.Note;
import org.mizan.log.note.NoteSignature;
import tools.jackson.databind.JsonNode;

/** The C2SP spec examples in {@code formats/c2sp-spec-examples.json} (no keys published: parse only). */
class SpecExampleTests {

    private static final JsonNode SPEC = SharedVectors.json("formats/c2sp-spec-examples.json");

    @Test
    void checkpointExampleParsesAndReserialisesExactly() {
        String example = sample("tlog-checkpoint.md example");
        Note note = Note.parse(example.getBytes(StandardCharsets.UTF_8));
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163L);
        assertThat(note.format()).isEqualTo(example);
    }

    @Test
    void cosignatureLineDecodesToKeyIdTimestampAndSignature() {
        Note note = Note.parse(sample("tlog-cosignature.md example").getBytes(StandardCharsets.UTF_8));
        NoteSignature witness = note.signatures().get(1);
        JsonNode derived = SPEC.get("derived").get("witness cosignature line decodes to");
        assertThat(String.format("%08x", witness.keyId())).isEqualTo(derived.get("keyIdHex").asString());
        assertThat(CosignatureNoteVerifier.timestamp(witness.signature())).isEqualTo(derived.get("timestamp").asLong());
        assertThat(witness.signature()).hasSize(8 + derived.get("ed25519SigLen").asInt());
    }

    @Test
    void cosignatureSignedMessageMatchesSpec() {
        Note note = Note.parse(sample("tlog-cosignature.md example").getBytes(StandardCharsets.UTF_8));
        byte[] message = CosignatureNoteVerifier.signedMessage(1679315147L, note.text().getBytes(StandardCharsets.UTF_8));
        assertThat(new String(message, StandardCharsets.UTF_8)).isEqualTo(sample("signed message for time 1679315147"));
    }

    @Test
    void witnessRequestCarriesAParsableCheckpoint() {
        String body = sample("add-checkpoint request body");
        String signedCheckpoint = body.substring(body.indexOf("\n\n") + 2);
        Note note = Note.parse(signedCheckpoint.getBytes(StandardCharsets.UTF_8));
        assertThat(note.signatures()).hasSize(2);
        assertThat(Checkpoint.parse(note.text()).size()).isEqualTo(20852163L);
    }

    private static String sample(String keyFragment) {
        return SPEC.get("samples").properties().stream().filter(e -> e.getKey().contains(keyFragment))
                .findFirst().orElseThrow().getValue().asString();
    }
}
