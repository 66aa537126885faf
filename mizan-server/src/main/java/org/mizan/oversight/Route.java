package org.mizan.oversight;

import java.util.Objects;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** A road as the loss pattern judges it: who dispatches on it, from which site to which. */
record Route(PartyId operator, SiteId from, SiteId to) {

    Route {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    String key() {
        return operator + "/" + from + "/" + to;
    }

    @Override
    public String toString() {
        return from + " → " + to + " dispatched by " + operator;
    }
}
