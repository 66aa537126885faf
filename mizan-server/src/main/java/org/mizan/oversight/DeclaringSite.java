package org.mizan.oversight;

import java.util.Objects;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** Whose declarations of one element the under-declaration rule weighs: a mine and the operator who declares its grades. */
record DeclaringSite(SiteId site, PartyId operator, ElementSymbol element) {

    DeclaringSite {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(element, "element");
    }
}
