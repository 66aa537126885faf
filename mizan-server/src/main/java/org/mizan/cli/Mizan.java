package org.mizan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar and of the {@code mizan} launcher script. */
@Command(name = "mizan", mixinStandardHelpOptions = true, version = "Mizan 0.1.0",
        description = "Trace critical minerals from mine to export port, verifiably.",
        subcommands = {ServeCommand.class, DemoCommand.class, VerifyCommand.class, AuditCommand.class, BenchCommand.class,
            SimulateCommand.class, DetectionReportCommand.class})
public final class Mizan implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    private static CommandLine executed(CommandLine top) {
        CommandLine.ParseResult parsed = top.getParseResult();
        while (parsed != null && parsed.subcommand() != null) {
            parsed = parsed.subcommand();
        }
        return parsed == null ? top : parsed.commandSpec().commandLine();
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Mizan());
        int code = commandLine.execute(args);
        Object result = executed(commandLine).getExecutionResult();
        // A running server keeps the JVM alive on its own threads; everything else ends here.
        if (code != 0 || !Boolean.TRUE.equals(result)) {
            System.exit(code);
        }
    }
}
