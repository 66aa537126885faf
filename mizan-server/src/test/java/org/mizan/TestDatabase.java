package org.mizan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One PostgreSQL per test run, one fresh database per Spring context. By default the server is an
 * embedded PostgreSQL 17 started on first use; set {@code MIZAN_TEST_DATABASE_URL} (or the system
 * property {@code mizan.test.database-url}) to a JDBC URL of a server to test against it instead.
 *
 * <p>The embedded test server runs with fast, non-durable settings ({@link #FAST_SETTINGS}): a test
 * cluster is thrown away, so nothing it holds must survive a crash. Because Mizan refuses such a
 * server, every test context says so explicitly ({@link #ACCEPT_NON_DURABLE}); the crash tests run
 * the real server on its own durable embedded database instead.
 */
public final class TestDatabase {

    /** Settings of the embedded test server: a crash may lose commits, which a test cluster can afford. */
    public static final Map<String, String> FAST_SETTINGS = Map.of("fsync", "off", "synchronous_commit", "off",
            "full_page_writes", "off");
    /** The property by which a context accepts a server that may lose acknowledged commits. */
    public static final String ACCEPT_NON_DURABLE = "mizan.storage.accept-non-durable-commits";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String serverUrl;
    private static Path dataRoot;

    private TestDatabase() {
    }

    /** A JDBC URL of a new, empty database on the run's server. */
    public static synchronized String freshDatabaseUrl() {
        String admin = serverUrl();
        String name = "mizan_t_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + admin, e);
        }
        return withDatabase(admin, name) + (admin.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** A private directory for files a context writes (keys, demo output). */
    public static synchronized Path freshDataDir() {
        try {
            if (dataRoot == null) {
                dataRoot = Files.createTempDirectory("mizan-test-data");
            }
            return Files.createTempDirectory(dataRoot, "ctx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean onServer() {
        return configuredUrl() != null;
    }

    private static String configuredUrl() {
        String url = System.getProperty("mizan.test.database-url");
        if (url == null || url.isBlank()) {
            url = System.getenv("MIZAN_TEST_DATABASE_URL");
        }
        return url == null || url.isBlank() ? null : url;
    }

    private static String serverUrl() {
        if (serverUrl == null) {
            serverUrl = configuredUrl() != null ? configuredUrl() : startEmbedded();
        }
        return serverUrl;
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            FAST_SETTINGS.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the temporary cluster goes with it.
                }
            }));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
        }
    }

    private static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    /** Points every test context at its own fresh database and data directory. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
            return new Customizer();
        }
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mizan-test-database", Map.of(
                    "spring.datasource.url", freshDatabaseUrl(),
                    "mizan.data-dir", freshDataDir().toString(),
                    ACCEPT_NON_DURABLE, "true",
                    // Spring keeps every context of the run open; a server allows 100 connections by default, and
                    // ten idle ones per context exhausted it. A context not in use now keeps one.
                    "spring.datasource.hikari.minimum-idle", "1",
                    "spring.datasource.hikari.idle-timeout", "10000")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
