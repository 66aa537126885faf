package org.mizan;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared reference data (test vectors, public data sets) that sits beside the project
 * checkout. Tests read it in place; it is never copied into the project. Override with
 * {@code -Dmizan.shared.dir=...}.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String relative) {
        String configured = System.getProperty("mizan.shared.dir");
        if (configured != null) {
            return Path.of(configured).resolve(relative);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Shared reference data not found: no shared/" + relative
                + " beside the project or any parent; set -Dmizan.shared.dir");
    }
}
