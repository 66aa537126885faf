package org.mizan.epcis;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * An EPCIS JSON-LD capture body from outside is either read and prepared event by event (stored
 * form and custody mapping), or refused with a {@code Rejection}. Anything else is a finding: at
 * capture a 500, or inside a batch an error hidden behind the generic per-event refusal.
 */
class EpcisJsonFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void capture(byte[] input) {
        EpcisCaptureTarget.capture(input, "application/ld+json");
    }
}
