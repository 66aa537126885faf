package org.mizan.log.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.log.SharedVectors;
import tools.jackson.databind.JsonNode;

/** Every body of {@code notes/checkpoint-parse.json}, judged by the strict C2SP rules. */
class CheckpointParseVectorTests {

    static Stream<Arguments> cases() {
        return SharedVectors.json("notes/checkpoint-parse.json").get("cases").values().stream()
                .map(c -> Arguments.of(c.get("desc").asString(), c));
    }

    /*
     * Two deliberate departures from transparency-dev/formats, both flagged in the vectors: roots
     * must be 32 bytes (hashIs32Bytes=false cases like "bananas" are refused) and empty extension
     * lines are refused (strictC2SPWantErr), because tlog-checkpoint forbids them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void strictParserAgreesWithVector(String desc, JsonNode vector) {
        String body = vector.get("body").asString();
        boolean shortHash = vector.path("hashIs32Bytes").isBoolean() && !vector.get("hashIs32Bytes").asBoolean();
        if (vector.get("wantErr").asBoolean() || vector.path("strictC2SPWantErr").asBoolean(false) || shortHash) {
            assertThatThrownBy(() -> Checkpoint.parse(body)).isInstanceOf(CheckpointException.class);
            return;
        }
        Checkpoint checkpoint = Checkpoint.parse(body);
        assertThat(checkpoint.origin()).isEqualTo(vector.get("origin").asString());
        assertThat(checkpoint.size()).isEqualTo(vector.get("size").asLong());
        assertThat(checkpoint.rootHash()).isEqualTo(Base64.getDecoder().decode(vector.get("hash_b64").asString()));
        assertThat(String.join("", checkpoint.extensions().stream().map(e -> e + "\n").toList()))
                .isEqualTo(vector.get("rest").asString());
        assertThat(checkpoint.text()).isEqualTo(body);
    }
}
