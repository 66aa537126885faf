package org.mizan.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a person's sign-in and CSRF token live: the HTTP session. Declared outside the web-only
 * security configuration because sign-in is an ordinary bean that every context builds, the
 * command-line tools' contexts without a web server included; there the stores are simply never used.
 */
@Configuration(proxyBeanMethods = false)
class SessionStores {

    @Bean
    SecurityContextRepository sessionContexts() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    CsrfTokenRepository csrfTokens() {
        return new HttpSessionCsrfTokenRepository();
    }
}
