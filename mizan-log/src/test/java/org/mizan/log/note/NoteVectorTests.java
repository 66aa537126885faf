package org.mizan.log.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.log.SharedVectors;
import tools.jackson.databind.JsonNode;

/** Every case of {@code notes/notes.json} and every {@code notes/*.note} with its {@code .vkeys}. */
class NoteVectorTests {

    static Stream<Arguments> cases() {
        return SharedVectors.json("notes/notes.json").get("cases").values().stream()
                .map(c -> Arguments.of(c.get("id").asString(), c));
    }

    static Stream<Arguments> noteFiles() {
        return SharedVectors.files("notes", ".note").stream().map(p -> Arguments.of(SharedVectors.name(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void openingNoteGivesExpectedOutcome(String id, JsonNode vector) {
        byte[] note = Base64.getDecoder().decode(vector.get("note_b64").asString());
        List<NoteVerifier> verifiers = verifiers(SharedVectors.strings(vector.get("vkeys")));
        if (vector.get("expect").asString().equals("invalid")) {
            assertThatThrownBy(() -> Note.open(note, verifiers)).isInstanceOf(NoteException.class);
            return;
        }
        VerifiedNote opened = Note.open(note, verifiers);
        assertThat(opened.verified()).extracting(NoteSignature::name)
                .containsExactlyInAnyOrderElementsOf(SharedVectors.strings(vector.get("verified")));
        assertThat(opened.unverified()).extracting(NoteSignature::name)
                .containsAll(SharedVectors.strings(vector.get("unverified")));
        assertThat(Note.parse(note).toBytes()).as("re-serialisation is byte-exact").isEqualTo(note);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void signingWithVectorKeyReproducesNote(String id, JsonNode vector) {
        if (vector.has("skey") && vector.has("text")) {
            Note signed = Note.sign(vector.get("text").asString(), List.of(SignerKey.parse(vector.get("skey").asString()).signer()));
            assertThat(signed.format()).isEqualTo(vector.get("note").asString());
        }
        if (vector.has("ed25519_seed_hex")) {
            byte[] seed = HexFormat.of().parseHex(vector.get("ed25519_seed_hex").asString());
            byte[] publicKey = Ed25519Keys.publicKeyFromSeed(seed);
            byte[] vkeyMaterial = VerifierKey.parse(vector.get("vkeys").get(0).asString()).typedKey();
            assertThat(List.of(vkeyMaterial).get(0)).endsWith(publicKey);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noteFiles")
    void noteFileVerifiesWithItsKeys(String name, Path file) throws Exception {
        String base = file.getFileName().toString().replace(".note", "");
        List<String> vkeys = java.nio.file.Files.readAllLines(file.resolveSibling(base + ".vkeys"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).collect(Collectors.toList());
        VerifiedNote opened = Note.open(java.nio.file.Files.readAllBytes(file), verifiers(vkeys));
        assertThat(opened.verified()).isNotEmpty();
    }

    static List<NoteVerifier> verifiers(List<String> vkeys) {
        return vkeys.stream().map(k -> VerifierKey.parse(k).verifier()).collect(Collectors.toList());
    }
}
