package org.mizan.custody.book;

import java.util.Objects;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.CustodyFacts;

/** An accepted event with the facts it yielded. */
public record Applied(CustodyEvent event, CustodyFacts facts) {

    public Applied {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(facts, "facts");
    }
}
