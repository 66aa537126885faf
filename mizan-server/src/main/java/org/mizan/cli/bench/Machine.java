package org.mizan.cli.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

/** What the figures were measured on, for the summary: without it a throughput figure means little. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, String> describe(DataSource dataSource) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        out.put("processors (nproc)", Integer.toString(Runtime.getRuntime().availableProcessors()));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            out.put("total memory", String.format("%.1f GiB", os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        }
        out.put("max heap", String.format("%.1f GiB", Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024)));
        out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            out.put("postgresql", rs.getString(1));
        }
        return out;
    }
}
