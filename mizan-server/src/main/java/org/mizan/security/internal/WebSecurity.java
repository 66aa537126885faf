package org.mizan.security.internal;

import org.mizan.security.ApiKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Reads are public unless a module says otherwise; every write needs a key. Sessions and CSRF
 * tokens are off because no browser session ever carries write authority here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ProblemWriter problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new ApiKeyAuthentication(keys, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "unauthenticated",
                                "This request needs an API key: Authorization: Bearer <key>"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "forbidden",
                                "This key's role may not do this")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // The portal's passport check: anyone may upload a passport to verify; nothing is stored.
                        .requestMatchers(HttpMethod.POST, "/verify").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * EPCIS event IDs travel URL-encoded in paths and contain slashes and semicolons; Tomcat passes the
     * encoded slash through (epcis/EventIdPaths), so the decoded path still shows a percent sign.
     */
    @Bean
    org.springframework.security.web.firewall.HttpFirewall firewall() {
        var firewall = new org.springframework.security.web.firewall.StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedDoubleSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowSemicolon(true);
        return firewall;
    }

    /** Keeps Boot from creating a default user with a generated password: keys are the only credential. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
