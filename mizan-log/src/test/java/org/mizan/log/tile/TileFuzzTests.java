package org.mizan.log.tile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Tile paths, entry bundles and hash tiles from outside either decode or are refused with an
 * {@link IllegalArgumentException}. The same bytes feed all three decoders.
 */
class TileFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void decode(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            TilePath path = TilePath.parse(text);
            if (!TilePath.parse(path.path()).equals(path)) {
                throw new AssertionError("tile path does not survive printing and parsing: " + text);
            }
        } catch (IllegalArgumentException refused) {
            // The documented refusal.
        }
        try {
            TilePath.parseSumdb(text);
        } catch (IllegalArgumentException refused) {
            // The documented refusal.
        }
        try {
            EntryBundle bundle = EntryBundle.decode(input);
            if (!Arrays.equals(bundle.encode(), input)) {
                throw new AssertionError("entry bundle does not re-encode to its input");
            }
        } catch (IllegalArgumentException refused) {
            // The documented refusal.
        }
        for (int width : List.of(Math.max(1, input.length / 32), TilePath.FULL_WIDTH, 1 + (input.length & 0xff))) {
            try {
                HashTile.decode(input, width);
            } catch (IllegalArgumentException refused) {
                // The documented refusal.
            }
        }
    }
}
