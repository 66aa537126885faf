package org.mizan.log.revenue;

import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mizan.log.disclosure.DisclosureException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A revenue bundle from outside either reads and verifies (passing or naming its problems), or is refused with an
 * {@link IllegalArgumentException}. Any other exception is a finding. The seed is the fixture's good bundle.
 */
class RevenueBundleFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
            RevenueVerifier.verify(RevenueBundle.fromJson(bundle), RevenueFixture.key());
        } catch (IllegalArgumentException refused) {
            // The documented refusal.
        } catch (DisclosureException e) {
            throw new AssertionError("a checkpoint failure is a problem of the report, not an exception", e);
        }
    }
}
