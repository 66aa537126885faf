package org.mizan.log.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.log.MemoryTree;
import org.mizan.log.NodeId;
import org.mizan.log.ProofException;
import org.mizan.log.SharedVectors;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.note.SignerKey;
import tools.jackson.databind.JsonNode;

/** {@code formats/tlog-proof.json} plus an end-to-end proof over a signed log. */
class TlogProofTests {

    private static final JsonNode VECTORS = SharedVectors.json("formats/tlog-proof.json");

    static Stream<Arguments> marshal() {
        return VECTORS.get("marshal").values().stream().map(v -> Arguments.of("index " + v.get("index"), v));
    }

    static Stream<Arguments> unmarshalErrors() {
        return VECTORS.get("unmarshal_errors").values().stream().map(v -> Arguments.of(v.get("why").asString(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("marshal")
    void formatsAndParsesExactly(String name, JsonNode vector) {
        byte[] extra = vector.get("extra_b64").isNull() ? null : SharedVectors.base64(vector.get("extra_b64"));
        TlogProof proof = new TlogProof(extra, vector.get("index").asLong(),
                SharedVectors.base64List(vector.get("hashes_b64")), vector.get("checkpoint").asString());
        assertThat(proof.format()).isEqualTo(vector.get("want").asString());
        assertThat(TlogProof.parse(vector.get("want").asString())).isEqualTo(proof);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unmarshalErrors")
    void malformedProofIsRefused(String why, JsonNode vector) {
        assertThatThrownBy(() -> TlogProof.parse(vector.get("in").asString()))
                .isInstanceOfSatisfying(TlogProofException.class,
                        e -> assertThat(e.failure()).isEqualTo(TlogProofFailure.MALFORMED_PROOF));
    }

    @Test
    void proofOverSignedLogVerifiesAndRefusesWrongLeafAndOrigin() {
        SignerKey key = SignerKey.fromSeed("mizan.example/log", new byte[32]);
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < 300; i++) {
            tree.append(("event " + i).getBytes(StandardCharsets.UTF_8));
        }
        Checkpoint checkpoint = new Checkpoint("mizan.example/log", tree.size(), tree.rootHash());
        String signed = checkpoint.sign(List.of(key.signer())).format();
        TlogProof proof = TlogProof.parse(new TlogProof(null, 42, tree.proofs().inclusionProof(42, 300), signed).format());
        var verifiers = List.of(key.verifierKey().verifier());

        assertThat(proof.verify(tree.readHash(new NodeId(0, 42)), "mizan.example/log", verifiers)).isEqualTo(checkpoint);
        assertThatThrownBy(() -> proof.verify(tree.readHash(new NodeId(0, 43)), "mizan.example/log", verifiers))
                .isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> proof.verify(tree.readHash(new NodeId(0, 42)), "other.example/log", verifiers))
                .isInstanceOfSatisfying(TlogProofException.class,
                        e -> assertThat(e.failure()).isEqualTo(TlogProofFailure.WRONG_ORIGIN));
    }
}
