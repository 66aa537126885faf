package org.mizan.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.mizan.MizanApplication;
import org.mizan.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server Mizan runs by default is durable, and a server that is not is refused unless a
 * property accepts it. These contexts are started by hand, outside the test framework, so that the
 * test database's explicit opt-out does not apply.
 */
class StorageDurabilityIntegrationTests {

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(MizanApplication.class).run(args);
    }

    @Test
    void theEmbeddedServerRunsWithDurableSettingsByDefault() {
        Path dataDir = TestDatabase.freshDataDir();
        try (ConfigurableApplicationContext context = start("--spring.datasource.url=", "--server.port=0",
                "--mizan.data-dir=" + dataDir)) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertThat(jdbc.sql("show " + setting).query(String.class).single()).as(setting).isEqualTo("on");
            }
        }
    }

    @Test
    void refusesAServerThatWouldLoseAcknowledgedCommits() throws java.sql.SQLException {
        // The database itself turns synchronous_commit off, so the check meets a non-durable server both
        // on the fast embedded test server and on a durable PostgreSQL server.
        String url = TestDatabase.freshDatabaseUrl();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet name = st.executeQuery("select current_database()")) {
            name.next();
            st.execute("alter database \"" + name.getString(1) + "\" set synchronous_commit = off");
        }
        assertThatThrownBy(() -> start("--spring.datasource.url=" + url, "--server.port=0",
                "--mizan.data-dir=" + TestDatabase.freshDataDir()).close())
                .rootCause().hasMessageContaining("Refusing to start").hasMessageMatching("(?s).*(fsync = on|synchronous_commit = on).*")
                .hasMessageContaining(DurableCommitCheck.OPT_OUT + "=true");
    }

    @Test
    void anExplicitOptOutAcceptsIt() {
        try (ConfigurableApplicationContext context = start("--spring.datasource.url=" + TestDatabase.freshDatabaseUrl(),
                "--server.port=0", "--mizan.data-dir=" + TestDatabase.freshDataDir(), "--" + DurableCommitCheck.OPT_OUT + "=true")) {
            assertThat(context.isRunning()).isTrue();
        }
    }
}
