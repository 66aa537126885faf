package org.mizan.log.passport;

import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mizan.log.note.VerifierKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passport file from outside either verifies into a report (pass or fail) or is refused with an
 * {@link IllegalArgumentException}, as {@link PassportVerifier#verify} documents; any other
 * exception is a finding. Input that is not JSON never reaches the verifier.
 */
class PassportFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final VerifierKey KEY = PassportFixture.key();

    @FuzzTest(maxDuration = "5s")
    void verify(byte[] input) {
        Object document;
        try {
            document = JSON.readValue(input, Object.class);
        } catch (JacksonException notJson) {
            return;
        }
        if (!(document instanceof Map<?, ?> passport)) {
            return;
        }
        try {
            PassportVerifier.verify(passport, KEY);
        } catch (IllegalArgumentException refused) {
            // The documented refusal.
        }
    }
}
