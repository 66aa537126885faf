package org.mizan.custody.book;

import org.mizan.kernel.PartyId;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;

/** The registry's parties, as custody sees them: whether one is registered. A lambda in a test. */
@FunctionalInterface
public interface Parties {

    boolean registered(PartyId party);

    default void require(PartyId party) {
        if (!registered(party)) {
            throw new CustodyViolation(CustodyRule.UNKNOWN_PARTY, "party " + party + " is not in the registry");
        }
    }
}
