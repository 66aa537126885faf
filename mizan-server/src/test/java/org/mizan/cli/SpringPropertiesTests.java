package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Spring properties on the command line of the commands that start a server, and typos of their own options. */
class SpringPropertiesTests {

    private static List<String> serveArguments(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.options.with(serve.springProperties).springArguments(serve.options.dataDir(), Map.of());
    }

    /** Runs the whole command line as the jar does; every case here must fail before a server starts. */
    private static Result execute(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new Mizan());
        line.setErr(new PrintWriter(err));
        line.setOut(new PrintWriter(new StringWriter()));
        return new Result(line.execute(args), err.toString());
    }

    private record Result(int code, String error) {
    }

    @Test
    void passesSpringPropertiesToTheServer() {
        assertThat(serveArguments("--server.port=9090", "--logging.level.org.mizan=debug", "--data-dir", "d"))
                .containsExactly("--server.port=9090", "--logging.level.org.mizan=debug", "--mizan.data-dir=d");
    }

    @Test
    void theSpringNamesOfPortAndDataDirectoryWorkLikeTheOptions() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--mizan.data-dir=elsewhere");
        assertThat(serve.options.with(serve.springProperties).dataDir()).isEqualTo(Path.of("elsewhere"));
        assertThat(serveArguments("--port", "7070")).containsExactly("--server.port=7070", "--mizan.data-dir=data");
    }

    @Test
    void aTypoOfAnOptionIsStillAnError() {
        for (String typo : List.of("--prot=9090", "--data.dir=d", "--dat-dir=d", "--server.port", "--verbose")) {
            Result result = execute("serve", typo);
            assertThat(result.code()).as(typo).isEqualTo(2);
            assertThat(result.error()).as(typo).contains("Unknown option");
        }
        assertThat(execute("demo", "--data.dir=d").error()).contains("did you mean --data-dir?");
    }

    @Test
    void refusesTheSamePropertyTwiceAndBothSpellingsOfThePort() {
        assertThat(execute("serve", "--server.port=1", "--server.port=2").error()).contains("given twice");
        assertThat(execute("serve", "--port", "1", "--server.port=2").error()).contains("either --port or --server.port");
    }

    @Test
    void theDemoKeepsItsOwnDatabase() {
        Result result = execute("demo", "--spring.datasource.url=jdbc:postgresql://db/x");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.error()).contains("sets spring.datasource.url itself");
    }
}
