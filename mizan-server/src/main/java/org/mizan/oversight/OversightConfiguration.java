package org.mizan.oversight;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks the rules' thresholds at startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OversightSettings.class, FiscalRuleSettings.class, BalancePatternSettings.class,
        LicenceHoppingSettings.class})
class OversightConfiguration {
}
