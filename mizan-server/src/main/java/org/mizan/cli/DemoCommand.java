package org.mizan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mizan.MizanApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/**
 * Runs Mizan on a fresh embedded database loaded with the illustrative demo data. The demo database
 * lives in {@code <data-dir>/demo} and is wiped at every start, so a served database is never touched.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Mizan with illustrative demo data in a fresh embedded database.",
        footer = "Spring Boot properties may be given as --name=value, e.g. --server.port=9090.")
class DemoCommand implements Callable<Boolean> {

    private static final List<String> RECORDING_QUIET = List.of("mizan.oversight.fiscal.recording-quiet",
            "mizan.oversight.contracts.recording-quiet");

    @Mixin
    ServerOptions options;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    @Override
    public Boolean call() {
        // The demo enters a past year's payments, receipts and contract evidence at once, at start: waiting for the
        // entries to go quiet would hide its differences and overdue obligations from the tour. Given explicitly, a
        // setting stands.
        for (String quiet : RECORDING_QUIET) {
            if (springProperties.stream().noneMatch(p -> p.startsWith("--" + quiet + "="))) {
                springProperties.add("--" + quiet + "=PT0S");
            }
        }
        Path dataDir = options.with(springProperties).dataDir();
        Path demoDir = dataDir.resolve("demo");
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("mizan.demo.enabled", "true");
        fixed.put("mizan.demo.keys-file", dataDir.resolve("demo-keys.json").toString());
        fixed.put("spring.datasource.url", "");
        List<String> args = options.springArguments(demoDir, fixed);
        Directories.deleteRecursively(demoDir);
        SpringApplication.run(MizanApplication.class, args.toArray(String[]::new));
        return true;
    }
}
