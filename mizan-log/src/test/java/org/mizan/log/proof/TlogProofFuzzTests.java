package org.mizan.log.proof;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A C2SP tlog-proof from outside either parses or is refused with a {@link TlogProofException}. */
class TlogProofFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void parse(byte[] input) {
        try {
            TlogProof parsed = TlogProof.parse(new String(input, StandardCharsets.UTF_8));
            if (!TlogProof.parse(parsed.format()).equals(parsed)) {
                throw new AssertionError("proof does not survive format and parse: " + parsed.format());
            }
        } catch (TlogProofException refused) {
            // The documented refusal.
        }
    }
}
