package org.mizan.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.mizan.MizanApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs Mizan. Without {@code SPRING_DATASOURCE_URL} it starts its embedded PostgreSQL under the data
 * directory; on first start it writes an administrator key to {@code <data-dir>/admin-key}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the Mizan server.")
class ServeCommand implements Callable<Boolean> {

    @Mixin
    ServerOptions options;

    @Override
    public Boolean call() {
        List<String> args = options.springArguments(options.dataDir);
        args.add("--mizan.admin-key-file=" + options.dataDir.resolve("admin-key"));
        SpringApplication.run(MizanApplication.class, args.toArray(String[]::new));
        return true;
    }
}
