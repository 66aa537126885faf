package org.mizan.security;

import java.util.Optional;

import org.mizan.kernel.Rejection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the request being served, as established by its API key or its signed-in session. */
@Component
public class CurrentActor {

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The account name of a person signed in to a browser session; machines with keys have none. */
    public Optional<Username> person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof SignIn.PersonAuthentication person ? Optional.of(person.username()) : Optional.empty();
    }

    /** The actor, or a 401 problem when the request carries no valid key. */
    public Actor require() {
        return find().orElseThrow(() -> new Rejection(Rejection.Kind.UNAUTHENTICATED, "unauthenticated",
                "This request needs an API key: Authorization: Bearer <key>", java.util.Map.of()));
    }
}
