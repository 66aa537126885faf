package org.mizan;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The Mizan server. Each direct sub-package is an application module; their allowed dependencies
 * are declared in their {@code package-info.java} and verified by {@code ModularityTests}.
 */
@SpringBootApplication
@Modulithic(sharedModules = "kernel")
public class MizanApplication {

    /** Time is an input: tests replace this clock to make histories reproducible. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(MizanApplication.class, args);
    }
}
