package org.mizan.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** How the process tests start Mizan: the jar the build packaged, or else this run's class path. */
final class Launcher {

    private static final Path JAR = Path.of("target", "mizan-server.jar");

    private Launcher() {
    }

    static List<String> mizan() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (Files.exists(JAR)) {
            return List.of(java, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString());
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(java, "-Xmx512m", "-cp", classPath, "org.mizan.cli.Mizan");
    }
}
