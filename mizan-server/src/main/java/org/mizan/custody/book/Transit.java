package org.mizan.custody.book;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;
import org.mizan.custody.TransitPermit;

/**
 * A trip under way: kept on the lot so that the receipt can be checked and compared with the dispatch,
 * with the dispatching scale's resolution when the dispatch stated it.
 */
public record Transit(SiteId from, SiteId to, TransitPermit permit, Mass dispatchedMass, OffsetDateTime dispatchedAt,
        Optional<Mass> scaleResolution) {

    public Transit {
        Objects.requireNonNull(scaleResolution, "scale resolution");
    }
}
