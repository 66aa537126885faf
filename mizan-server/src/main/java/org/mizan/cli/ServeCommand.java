package org.mizan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mizan.MizanApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/**
 * Runs Mizan. Without {@code SPRING_DATASOURCE_URL} it starts its embedded PostgreSQL under the data
 * directory; on first start it writes an administrator key to {@code <data-dir>/admin-key}. Spring
 * properties may be given as {@code --name=value}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the Mizan server.",
        footer = "Spring Boot properties may be given as --name=value, e.g. --server.port=9090.")
class ServeCommand implements Callable<Boolean> {

    @Mixin
    ServerOptions options;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    @Override
    public Boolean call() {
        Path dataDir = options.with(springProperties).dataDir();
        List<String> args = options.springArguments(dataDir, Map.of("mizan.admin-key-file", dataDir.resolve("admin-key").toString()));
        SpringApplication.run(MizanApplication.class, args.toArray(String[]::new));
        return true;
    }
}
