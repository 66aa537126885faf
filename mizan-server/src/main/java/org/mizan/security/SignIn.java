package org.mizan.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in to a browser session. The session id and the CSRF token are renewed at that
 * moment, so a session or token planted before sign-in (fixation) is worth nothing after it.
 */
@Component
public class SignIn {

    private final Accounts accounts;
    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;

    SignIn(Accounts accounts, SecurityContextRepository contexts, CsrfTokenRepository csrfTokens) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
    }

    /** Signs in or throws {@link SignInRefused}; nothing about the session changes on a refusal. */
    public Actor signIn(String username, String password, HttpServletRequest request, HttpServletResponse response) {
        Actor actor = accounts.authenticate(username, password);
        request.getSession(true);
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PersonAuthentication(actor, Username.typed(username)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return actor;
    }

    /** A signed-in person: the principal is the actor, as for a key, and the name is the account's. */
    static final class PersonAuthentication extends AbstractAuthenticationToken {

        private final Actor actor;
        private final Username username;

        PersonAuthentication(Actor actor, Username username) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
            this.actor = actor;
            this.username = username;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return actor;
        }

        @Override
        public String getName() {
            return username.value();
        }

        Username username() {
            return username;
        }
    }
}
