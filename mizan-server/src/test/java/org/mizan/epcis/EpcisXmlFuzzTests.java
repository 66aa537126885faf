package org.mizan.epcis;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The XML binding of {@link EpcisJsonFuzzTests}: a capture body is read and prepared, or refused with a {@code Rejection}. */
class EpcisXmlFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void capture(byte[] input) {
        EpcisCaptureTarget.capture(input, "application/xml");
    }
}
