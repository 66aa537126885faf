package org.mizan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options shared by the commands that start the server, and the Spring properties given with them.
 * {@code --server.port} and {@code --mizan.data-dir} are the Spring names of {@code --port} and
 * {@code --data-dir}; either spelling works, both at once is an error.
 */
class ServerOptions {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", defaultValue = "data",
            description = "Directory for the embedded database, the log key and generated keys (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private SpringProperties spring;
    private Map<String, String> properties;

    /** The arguments picocli did not match, which must be Spring properties; the command holds them. */
    ServerOptions with(List<String> unmatched) {
        this.spring = new SpringProperties(command, unmatched);
        return this;
    }

    /** The data directory, from {@code --data-dir} or {@code --mizan.data-dir=}. */
    Path dataDir() {
        String given = properties().get("mizan.data-dir");
        return given == null ? dataDir : Path.of(given);
    }

    /**
     * Arguments for Spring: port, data directory and the user's properties. {@code fixed} are set by
     * the command itself; the user may not override them.
     */
    List<String> springArguments(Path springDataDir, Map<String, String> fixed) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("server.port", Integer.toString(port));
        properties().forEach((name, value) -> {
            if (fixed.containsKey(name)) {
                throw spring.refused("This command sets " + name + " itself; it cannot be given");
            }
            args.put(name, value);
        });
        args.put("mizan.data-dir", springDataDir.toString());
        args.putAll(fixed);
        List<String> out = new ArrayList<>();
        args.forEach((name, value) -> out.add("--" + name + "=" + value));
        return out;
    }

    private Map<String, String> properties() {
        if (properties == null) {
            properties = spring.byName();
            conflict("--port", "server.port");
            conflict("--data-dir", "mizan.data-dir");
        }
        return properties;
    }

    private void conflict(String option, String property) {
        if (properties.containsKey(property) && spring.given(option)) {
            throw spring.refused("Give either " + option + " or --" + property + "=, not both");
        }
    }
}
