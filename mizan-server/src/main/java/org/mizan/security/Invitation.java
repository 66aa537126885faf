package org.mizan.security;

import java.time.Instant;

/** A one-time link by which an invited person chooses a password; the token is shown once and stored hashed. */
public record Invitation(Username username, String token, Instant expiresAt) {

    public String path() {
        return "/invitations/" + token;
    }

    @Override
    public String toString() {
        return "Invitation[" + username + ", until " + expiresAt + "]";
    }
}
