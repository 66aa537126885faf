package org.mizan.custody;

import java.util.Objects;

/** An accepted event with the facts it yielded. */
public record Applied(CustodyEvent event, CustodyFacts facts) {

    public Applied {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(facts, "facts");
    }
}
