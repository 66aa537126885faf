package org.mizan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.mizan.MizanApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs Mizan on a fresh embedded database loaded with the illustrative demo data. The demo database
 * lives in {@code <data-dir>/demo} and is wiped at every start, so a served database is never touched.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Mizan with illustrative demo data in a fresh embedded database.")
class DemoCommand implements Callable<Boolean> {

    @Mixin
    ServerOptions options;

    @Override
    public Boolean call() {
        Path demoDir = options.dataDir.resolve("demo");
        Directories.deleteRecursively(demoDir);
        List<String> args = options.springArguments(demoDir);
        args.add("--mizan.demo.enabled=true");
        args.add("--mizan.demo.keys-file=" + options.dataDir.resolve("demo-keys.json"));
        args.add("--spring.datasource.url=");
        SpringApplication.run(MizanApplication.class, args.toArray(String[]::new));
        return true;
    }
}
