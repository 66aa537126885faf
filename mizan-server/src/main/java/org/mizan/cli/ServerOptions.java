package org.mizan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** Options shared by the commands that start the server. */
class ServerOptions {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", defaultValue = "data",
            description = "Directory for the embedded database, the log key and generated keys (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    List<String> springArguments(Path dataDir) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--mizan.data-dir=" + dataDir);
        return args;
    }
}
