package org.mizan.passport;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PassportConfiguration {

    /** Until an oversight module provides alerts, none are recorded. */
    @Bean
    @ConditionalOnMissingBean
    ChainAlerts noChainAlerts() {
        return new ChainAlerts() {
            @Override
            public List<AlertSummary> alertsTouching(Collection<String> lots, Collection<String> sites, Collection<String> licences) {
                return List.of();
            }

            @Override
            public OversightProgress progress() {
                return new OversightProgress(0, 0, 0);
            }
        };
    }

    /** Until a fiscal module provides assessments, a passport says royalties are not assessed. */
    @Bean
    @ConditionalOnMissingBean
    ChainRoyalties noChainRoyalties() {
        return lots -> List.of();
    }

    /** The tolerance custody applies to element balances; the passport declares it so the offline replay uses the same. */
    @Bean
    ElementTolerance passportElementTolerance(@Value("${mizan.custody.element-tolerance:0.02}") BigDecimal tolerance) {
        return new ElementTolerance(tolerance);
    }

    record ElementTolerance(BigDecimal value) {
    }
}
