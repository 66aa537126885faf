package org.mizan.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the server's durability settings at start-up and refuses to start on a server that would
 * acknowledge a commit it may lose, unless {@code mizan.storage.accept-non-durable-commits} says the
 * operator accepts that (tests and throwaway benchmarks only). It runs before any writer starts,
 * because writers are lifecycle beans that start after every singleton is ready.
 */
@Component
class DurableCommitCheck implements InitializingBean {

    static final String OPT_OUT = "mizan.storage.accept-non-durable-commits";
    private static final Logger log = LoggerFactory.getLogger(DurableCommitCheck.class);

    private final DataSource dataSource;
    private final boolean acceptNonDurable;

    DurableCommitCheck(DataSource dataSource, @Value("${" + OPT_OUT + ":false}") boolean acceptNonDurable) {
        this.dataSource = dataSource;
        this.acceptNonDurable = acceptNonDurable;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        CommitDurabilityPolicy settings = read();
        settings.refusal().ifPresent(reason -> {
            if (!acceptNonDurable) {
                throw new IllegalStateException("Refusing to start: " + reason + ". An acknowledged event must survive a "
                        + "crash. Only for tests or throwaway benchmarks, " + OPT_OUT + "=true accepts losing them.");
            }
            log.warn("Acknowledged events may be lost in a crash: {} ({}=true)", reason, OPT_OUT);
        });
    }

    private CommitDurabilityPolicy read() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return new CommitDurabilityPolicy(show(s, "fsync"), show(s, "synchronous_commit"));
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rs = statement.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
