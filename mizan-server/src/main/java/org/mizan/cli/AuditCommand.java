package org.mizan.cli;

import java.util.concurrent.Callable;

import org.mizan.MizanApplication;
import org.mizan.ledger.AuditReport;
import org.mizan.ledger.Auditor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Recomputes the whole log from the database: every commitment from its stored event and salt, the
 * tree from the commitments, every stored hash and every checkpoint. Run it on a stopped server's
 * data directory, or against a server with {@code SPRING_DATASOURCE_URL}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Recompute the transparency log from the stored events and report any mismatch.")
class AuditCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() {
        SpringApplication application = new SpringApplication(MizanApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        String[] args = {"--mizan.data-dir=" + options.dataDir, "--mizan.log.integrate=false", "--spring.main.banner-mode=off",
            "--logging.level.root=warn"};
        try (ConfigurableApplicationContext context = application.run(args)) {
            AuditReport report = context.getBean(Auditor.class).audit();
            System.out.println("Audited " + report.entries() + " log entries, " + report.records() + " events, "
                    + report.checkpoints() + " checkpoints.");
            report.problems().forEach(p -> System.out.println("MISMATCH: " + p));
            System.out.println(report.intact() ? "OK: the log is intact." : "FAILED: " + report.problems().size() + " mismatches.");
            return report.intact() ? 0 : 1;
        }
    }
}
