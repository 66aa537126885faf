package org.mizan.log.disclosure;

import java.util.Map;
import java.util.Random;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mizan.log.note.Ed25519Keys;
import org.mizan.log.note.VerifierKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event disclosure bundle from outside either reads and verifies, or is refused: an
 * {@link IllegalArgumentException} for a bundle that is not one, a {@link DisclosureException} for
 * one that does not verify. Any other exception is a finding.
 */
class DisclosureFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The key that signed the seed bundles' checkpoint: the passport fixture's seeded Ed25519 key. */
    private static final VerifierKey KEY = seedKey();

    @FuzzTest(maxDuration = "5s")
    void verify(byte[] input) {
        Object document;
        try {
            document = JSON.readValue(input, Object.class);
        } catch (JacksonException notJson) {
            return;
        }
        if (!(document instanceof Map<?, ?> bundle)) {
            return;
        }
        try {
            Disclosure.fromJson(bundle).verify(KEY);
        } catch (IllegalArgumentException | DisclosureException refused) {
            // The documented refusals.
        }
    }

    private static VerifierKey seedKey() {
        byte[] seed = new byte[Ed25519Keys.KEY_SIZE];
        new Random(7).nextBytes(seed);
        return VerifierKey.ed25519("example.test/log", Ed25519Keys.publicKeyFromSeed(seed));
    }
}
