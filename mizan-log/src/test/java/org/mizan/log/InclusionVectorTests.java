package org.mizan.log;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every transparency-dev/merkle inclusion probe in {@code merkle/testdata/inclusion}. */
class InclusionVectorTests {

    static Stream<Arguments> vectors() {
        return SharedVectors.files("merkle/testdata/inclusion", ".json").stream()
                .map(p -> Arguments.of(SharedVectors.name(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifierAgreesWithVector(String name, Path file) {
        JsonNode v = SharedVectors.json(file);
        Runnable verify = () -> ProofVerifier.verifyInclusion(SharedVectors.uint64(v.get("leafIdx")), SharedVectors.uint64(v.get("treeSize")),
                SharedVectors.base64(v.get("leafHash")), SharedVectors.base64List(v.get("proof")),
                SharedVectors.base64(v.get("root")));
        if (v.get("wantErr").asBoolean()) {
            assertThatThrownBy(verify::run).isInstanceOf(ProofException.class);
        } else {
            assertThatCode(verify::run).doesNotThrowAnyException();
        }
    }
}
