package org.mizan.ledger;

import java.security.SecureRandom;

import org.mizan.log.disclosure.Commitment;

import org.springframework.stereotype.Component;

/** Fresh salts for commitments; a component so that tests can replace the randomness with a seeded one. */
@Component
public class Salts {

    private final SecureRandom random = new SecureRandom();

    public byte[] next() {
        byte[] salt = new byte[Commitment.SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }
}
