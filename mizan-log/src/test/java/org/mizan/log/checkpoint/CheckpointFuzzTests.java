package org.mizan.log.checkpoint;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A checkpoint body from outside either parses or is refused with a {@link CheckpointException}. */
class CheckpointFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void parse(byte[] input) {
        try {
            Checkpoint parsed = Checkpoint.parse(new String(input, StandardCharsets.UTF_8));
            // What parses must print back to a checkpoint that parses the same.
            if (!Checkpoint.parse(parsed.text()).equals(parsed)) {
                throw new AssertionError("checkpoint does not survive printing and parsing: " + parsed);
            }
        } catch (CheckpointException refused) {
            // The documented refusal.
        }
    }
}
