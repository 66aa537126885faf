package org.mizan.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import picocli.CommandLine;

/** Runs {@code mizan verify} in the test's JVM as a user would from the shell, and captures what it prints. */
public final class VerifyRun {

    public record Outcome(int code, String output) {
    }

    private VerifyRun() {
    }

    public static Outcome verify(Path file, String key) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Mizan()).execute("verify", file.toString(), "--key", key);
            return new Outcome(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
