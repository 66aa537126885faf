package org.mizan.security.internal;

import java.security.SecureRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The randomness keys are made of; a bean so that it is one injected input, not a hidden static. */
@Configuration(proxyBeanMethods = false)
class KeyRandomness {

    @Bean
    SecureRandom keyRandom() {
        return new SecureRandom();
    }
}
