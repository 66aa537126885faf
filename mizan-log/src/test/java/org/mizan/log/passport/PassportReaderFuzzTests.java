package org.mizan.log.passport;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text either reads into a passport, which then writes back to text that reads into the same passport,
 * or is refused with an {@link IllegalArgumentException}, as {@link PassportReader#read} documents; any
 * other exception is a finding.
 */
class PassportReaderFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        Passport passport;
        try {
            passport = PassportReader.read(new String(input, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException refused) {
            return;
        }
        if (!PassportReader.read(PassportWriter.write(passport)).equals(passport)) {
            throw new AssertionError("a passport read back from its own text differs");
        }
    }
}
