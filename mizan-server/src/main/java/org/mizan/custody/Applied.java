package org.mizan.custody;

import java.util.Objects;

/**
 * An accepted event with the facts it yielded. {@code replayed} is true when the same event had been
 * accepted before under the same id: acknowledged again, not applied twice.
 */
public record Applied(CustodyEvent event, CustodyFacts facts, boolean replayed) {

    public Applied {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(facts, "facts");
    }

    Applied asReplay() {
        return new Applied(event, facts, true);
    }
}
