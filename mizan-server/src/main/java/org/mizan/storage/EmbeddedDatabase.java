package org.mizan.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts PostgreSQL 17 from the jar's own binaries when no {@code spring.datasource.url} is set, so
 * that a first run needs nothing installed. Its files live in {@code mizan.data-dir}/postgres and
 * survive restarts.
 *
 * <p>The embedded library defaults to settings for throwaway test clusters (fsync, synchronous commit
 * and full-page writes off), under which a crash loses acknowledged events. The server Mizan runs is
 * durable unless {@code mizan.storage.accept-non-durable-commits=true} asks for the fast settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrl.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${mizan.data-dir:data}") Path dataDir,
            @Value("${" + DurableCommitCheck.OPT_OUT + ":false}") boolean acceptNonDurable) {
        Path directory = dataDir.resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(directory);
            new OrphanPostmaster(directory).clear();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false);
            String durable = acceptNonDurable ? "off" : "on";
            // Later -c options override the library's -F (fsync off) on the postgres command line.
            builder.setServerConfig("fsync", durable);
            builder.setServerConfig("synchronous_commit", durable);
            builder.setServerConfig("full_page_writes", durable);
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {} ({})", postgres.getPort(), dataDir.resolve("postgres"),
                    acceptNonDurable ? "fast settings: a crash may lose acknowledged events" : "durable settings");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true")
                .username("postgres")
                .build();
        pool.setMaximumPoolSize(10);
        return pool;
    }
}
