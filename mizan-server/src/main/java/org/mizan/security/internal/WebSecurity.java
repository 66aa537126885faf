package org.mizan.security.internal;

import jakarta.servlet.DispatcherType;

import org.mizan.security.ApiKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in. Machines send an API key on every request: no session, no CSRF token, and a cookie is
 * never read, so a browser's session cannot be ridden into the API. People sign in to a session on
 * the portal's pages, whose every form carries a CSRF token. Reads are public unless a module says
 * otherwise; every write needs a key or a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** The machine interfaces, and any request that presents a key wherever it goes. */
    static final RequestMatcher MACHINES = new OrRequestMatcher(
            request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null,
            PATHS.matcher("/api/**"), PATHS.matcher("/epcis/**"), PATHS.matcher("/log/**"), PATHS.matcher("/v3/**"),
            PATHS.matcher("/swagger-ui/**"), PATHS.matcher("/swagger-ui.html"), PATHS.matcher("/actuator/**"));

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ProblemWriter problems) throws Exception {
        http.securityMatcher(MACHINES)
                .csrf(csrf -> csrf.disable())
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
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain peopleSecurity(HttpSecurity http, SecurityContextRepository contexts, CsrfTokenRepository csrfTokens)
            throws Exception {
        http.securityContext(c -> c.securityContextRepository(contexts))
                // The passport check acts as nobody and stores nothing, and its multipart body is read only by the page.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(PATHS.matcher(HttpMethod.POST, "/verify")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out").deleteCookies("JSESSIONID"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        .accessDeniedHandler(new PageDenial()))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/console/**").hasRole("REGULATOR")
                        .requestMatchers("/account").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/sign-in", "/verify", "/invitations/*").permitAll()
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

    /** Keeps Boot from creating a default user with a generated password: accounts and keys are the only credentials. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
