package org.mizan.log.note;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mizan.log.SharedVectors;

/**
 * A signed note or a verifier key from outside either parses (and the note verifies or not), or is
 * refused with the parser's own exception; anything else is a finding. The verifiers are the keys of
 * the shared vector notes, so real signatures reach every verifier kind and mutations its refusals.
 */
class NoteFuzzTests {

    private static final List<NoteVerifier> KNOWN = known();

    @FuzzTest(maxDuration = "5s")
    void open(byte[] input) {
        try {
            Note.open(input, KNOWN);
        } catch (NoteException refused) {
            // The documented refusal of a note.
        }
        try {
            VerifierKey.parse(new String(input, StandardCharsets.UTF_8).strip());
        } catch (NoteException | IllegalArgumentException refused) {
            // The documented refusals of a key.
        }
    }

    private static List<NoteVerifier> known() {
        List<NoteVerifier> verifiers = new ArrayList<>();
        for (Path file : SharedVectors.files("notes", ".vkeys")) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        verifiers.add(VerifierKey.parse(line.strip()).verifier());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return verifiers;
    }
}
