package org.mizan.demo;

import java.security.SecureRandom;

import org.mizan.kernel.PartyId;
import org.mizan.security.Accounts;
import org.mizan.security.ApiKeys;
import org.mizan.security.Role;
import org.mizan.security.Username;
import org.springframework.stereotype.Component;

/**
 * What a demo party gets to work with: an API key for scripts and a sign-in for the browser, whose
 * user name is the party's id and whose password is twenty random digits (66 bits), written only to
 * the private demo keys file.
 */
@Component
class DemoCredentials {

    /** The secrets of one demo party; shown once, in the keys file. */
    record Issued(String key, String password) {
        @Override
        public String toString() {
            return "Issued[secrets withheld]";
        }
    }

    private final ApiKeys keys;
    private final Accounts accounts;
    private final SecureRandom random;

    DemoCredentials(ApiKeys keys, Accounts accounts, SecureRandom keyRandom) {
        this.keys = keys;
        this.accounts = accounts;
        this.random = keyRandom;
    }

    Issued issue(PartyId party, Role role) {
        String password = password();
        accounts.open(new Username(party.value()), party, role, password);
        return new Issued(keys.issue(party, role).secret(), password);
    }

    private String password() {
        StringBuilder out = new StringBuilder();
        for (int group = 0; group < 5; group++) {
            if (group > 0) {
                out.append('-');
            }
            out.append(String.format("%04d", random.nextInt(10_000)));
        }
        return out.toString();
    }
}
