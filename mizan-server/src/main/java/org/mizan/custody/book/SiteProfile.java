package org.mizan.custody.book;

import java.util.Objects;
import java.util.Optional;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

/**
 * What custody needs to know about a site, as of now: its kind, who operates it, and for a mine the
 * licence it works under (empty for an unlicensed pit, which still gets on the books).
 */
public record SiteProfile(SiteKind kind, PartyId operator, Optional<LicenceNumber> licence) {

    public SiteProfile {
        Objects.requireNonNull(kind, "site kind");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(licence, "licence (use Optional.empty())");
    }
}
