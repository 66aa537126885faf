package org.mizan.log.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mizan.log.TreeHasher;
import org.mizan.log.note.SignerKey;

/** One fixture per {@link CheckpointFailure}. */
class CheckpointFailureTests {

    private static final String ROOT = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    @Test
    void twoLinesAreTooFew() {
        assertFailure(CheckpointFailure.TOO_FEW_LINES, () -> Checkpoint.parse("origin\n0\n"));
    }

    @Test
    void emptyOriginIsInvalid() {
        assertFailure(CheckpointFailure.INVALID_ORIGIN, () -> Checkpoint.parse("\n0\n" + ROOT + "\n"));
    }

    @Test
    void leadingZeroSizeIsInvalid() {
        assertFailure(CheckpointFailure.INVALID_SIZE, () -> Checkpoint.parse("origin\n01\n" + ROOT + "\n"));
    }

    @Test
    void shortRootIsInvalid() {
        assertFailure(CheckpointFailure.INVALID_ROOT_HASH, () -> Checkpoint.parse("origin\n0\nYmFuYW5hcw==\n"));
    }

    @Test
    void emptyExtensionLineIsInvalid() {
        assertFailure(CheckpointFailure.INVALID_EXTENSION, () -> Checkpoint.parse("origin\n0\n" + ROOT + "\n\n"));
    }

    @Test
    void checkpointSignedByAnotherKeyIsUnverified() {
        Checkpoint checkpoint = new Checkpoint("origin", 0, TreeHasher.emptyRoot());
        byte[] signed = checkpoint.sign(List.of(SignerKey.fromSeed("origin", new byte[32]).signer())).toBytes();
        SignerKey other = SignerKey.fromSeed("origin", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        assertFailure(CheckpointFailure.UNVERIFIED, () -> Checkpoint.open(signed, List.of(other.verifierKey().verifier())));
        assertThat(new String(signed, StandardCharsets.UTF_8)).startsWith("origin\n0\n" + ROOT + "\n\n\u2014 origin ");
    }

    private static void assertFailure(CheckpointFailure expected, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(CheckpointException.class,
                e -> assertThat(e.failure()).isEqualTo(expected));
    }
}
